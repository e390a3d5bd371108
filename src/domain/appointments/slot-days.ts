/**
 * Appointment slots as a parent chooses them (FAQ 10): one group per day, in date order, each
 * day with its weekday, since 星期六 or 星期一 decides more than the date does.
 */
import type { AppointmentSlot } from '@contract';

/** 0 is Sunday, as in `Date.prototype.getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface SlotDay {
  /** YYYY-MM-DD, as the gateway wrote it. */
  date: string;
  weekday: Weekday;
  slots: AppointmentSlot[];
}

/** The weekday of a YYYY-MM-DD calendar date, whatever the phone's time zone; null if malformed. */
export function weekdayOf(date: string): Weekday | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const moment = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2022-02-30 over into March: such a date is not a real day.
  if (moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== day) return null;
  return moment.getUTCDay() as Weekday;
}

/** One point's slots grouped by day, days and periods in order; malformed dates are left out. */
export function slotDays(slots: readonly AppointmentSlot[], pointId: string): SlotDay[] {
  const days = new Map<string, SlotDay>();
  for (const slot of slots) {
    if (slot.pointId !== pointId) continue;
    const weekday = weekdayOf(slot.date);
    if (weekday === null) continue;
    const day = days.get(slot.date) ?? { date: slot.date, weekday, slots: [] };
    day.slots.push(slot);
    days.set(slot.date, day);
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...days.values()]
    .sort((a, b) => byText(a.date, b.date))
    .map((day) => ({ ...day, slots: [...day.slots].sort((a, b) => byText(a.period, b.period)) }));
}
