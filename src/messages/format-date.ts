import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { readWallClock } from '@/domain/season/wall-clock';
import { currentLocale, type Locale } from './catalog';

dayjs.extend(utc);

// The Chinese patterns are all digits, and the English month names are dayjs's own default
// locale: no locale module is needed for either (each costs every page that shows a date).
const DATE_TIME: Record<Locale, string> = {
  'zh-CN': 'YYYY年M月D日 HH:mm',
  'en-US': 'D MMMM YYYY, HH:mm',
};
const DATE: Record<Locale, string> = { 'zh-CN': 'YYYY年M月D日', 'en-US': 'D MMMM YYYY' };

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Formats a gateway time the way parents read it, in Beijing wall-clock time as the gateway wrote
 * it (never the phone's zone): 2022年7月10日 18:00, or 10 July 2022, 18:00.
 */
export function formatDateTime(iso: string, locale: Locale = currentLocale()): string {
  const wall = readWallClock(iso);
  if (!wall) return iso;
  // Parsed and printed as UTC so the phone's zone (and its daylight saving) never shifts it.
  const text = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:00Z`;
  return dayjs.utc(text).format(DATE_TIME[locale]);
}

/** Formats a moment on this phone's clock (e.g. when a draft was last saved here). */
export function formatDeviceTime(epochMs: number, locale: Locale = currentLocale()): string {
  return dayjs(epochMs).format(DATE_TIME[locale]);
}

/** Formats a calendar date (2022-07-06) per language; anything else is shown as given. */
export function formatDate(isoDate: string, locale: Locale = currentLocale()): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  return dayjs.utc(`${isoDate}T00:00:00Z`).format(DATE[locale]);
}

/** Formats a number with the language's digit grouping (1,234.5 in both of ours). */
export function formatNumber(value: number, locale: Locale = currentLocale()): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    // Old webviews without Intl still show the plain number.
    return String(value);
  }
}
