import { weekdayOf } from '@/domain/appointments/slot-days';
import type { Messages } from '@/messages/catalog';
import { fill } from '@/messages/fill';
import { formatDate } from '@/messages/format-date';
import '@/messages/words/registrations';

/** A booking day as parents say it: 2022年7月6日 星期三, or Wednesday, 6 July 2022. */
export function slotDayLabel(m: Messages, date: string): string {
  const weekday = weekdayOf(date);
  if (weekday === null) return date;
  const r = m.registrations;
  return fill(r.slotDay, { date: formatDate(date), weekday: r.weekdays[weekday] ?? '' });
}
