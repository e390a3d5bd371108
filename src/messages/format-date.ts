import { readWallClock } from '@/domain/season/wall-clock';

const pad = (value: number) => String(value).padStart(2, '0');

/** Formats a gateway time the way parents read it: 2022年7月10日 18:00 (Beijing time). */
export function formatDateTime(iso: string): string {
  const wall = readWallClock(iso);
  if (!wall) return iso;
  return `${wall.year}年${wall.month}月${wall.day}日 ${pad(wall.hour)}:${pad(wall.minute)}`;
}
