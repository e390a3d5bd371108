const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
// Earliest birth date accepted: a rule of this app (no one alive is older), not of GB 11643-1999.
const EARLIEST_BIRTH_DATE = '1900-01-01';

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Guards the `today` callers pass instead of the device clock: a real date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  return isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Reads the birth date code (GB 11643-1999) as YYYY-MM-DD; null if unreal, pre-1900 or future. */
export function readBirthDate(compact: string, today: string): string | null {
  const match = COMPACT_DATE.exec(compact);
  if (match === null) return null;
  const [, year = '', month = '', day = ''] = match;
  if (!isCalendarDate(Number(year), Number(month), Number(day))) return null;
  const iso = `${year}-${month}-${day}`;
  // Same-length YYYY-MM-DD strings compare in calendar order.
  if (iso < EARLIEST_BIRTH_DATE || iso > today) return null;
  return iso;
}
