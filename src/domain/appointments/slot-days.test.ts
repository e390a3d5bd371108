import type { AppointmentSlot } from '@contract';
import { slotDays, weekdayOf } from './slot-days';

function slot(id: string, date: string, period: string, pointId = 'pt-lixia'): AppointmentSlot {
  return { id, pointId, date, period, capacity: 3, remaining: 3 };
}

describe('weekdayOf', () => {
  it('names the weekday of the 2022 registration dates', () => {
    expect(weekdayOf('2022-07-04')).toBe(1);
    expect(weekdayOf('2022-07-09')).toBe(6);
    expect(weekdayOf('2022-07-10')).toBe(0);
  });

  it('refuses dates that are not real days or not in YYYY-MM-DD', () => {
    expect(weekdayOf('2022-02-30')).toBeNull();
    expect(weekdayOf('2022-7-4')).toBeNull();
    expect(weekdayOf('')).toBeNull();
  });
});

describe('slotDays', () => {
  it('groups one point’s slots by day, days in date order and periods in time order', () => {
    const days = slotDays(
      [
        slot('b-pm', '2022-07-07', '14:00-16:30'),
        slot('a-am', '2022-07-06', '09:00-11:30'),
        slot('b-am', '2022-07-07', '09:00-11:30'),
        slot('other', '2022-07-05', '09:00-11:30', 'pt-shizhong'),
        slot('a-pm', '2022-07-06', '14:00-16:30'),
      ],
      'pt-lixia',
    );
    expect(days.map((day) => [day.date, day.weekday, day.slots.map((s) => s.id)])).toEqual([
      ['2022-07-06', 3, ['a-am', 'a-pm']],
      ['2022-07-07', 4, ['b-am', 'b-pm']],
    ]);
  });

  it('leaves out slots whose date cannot be read rather than showing them under no day', () => {
    expect(slotDays([slot('x', 'soon', '09:00-11:30')], 'pt-lixia')).toEqual([]);
  });
});
