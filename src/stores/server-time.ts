import { createServerClock } from '@/domain/season/server-clock';

type Clock = ReturnType<typeof createServerClock>;

let clock: Clock | null = null;

function monotonicNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Records the gateway's clock from an answer: windows are judged by it, never by the device. */
export function noteServerTime(iso: string): void {
  clock = createServerClock(iso, monotonicNow());
}

/** The gateway's current time in epoch ms, or null before the first answer arrived. */
export function serverNow(): number | null {
  return clock ? clock.now(monotonicNow()) : null;
}
