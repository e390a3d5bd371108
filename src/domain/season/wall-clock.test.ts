import { readWallClock } from './wall-clock';

describe('readWallClock', () => {
  it('keeps the gateway time of day whatever the device time zone', () => {
    expect(readWallClock('2022-07-10T18:00:00+08:00')).toEqual({
      year: 2022,
      month: 7,
      day: 10,
      hour: 18,
      minute: 0,
    });
  });

  it('returns null for text that is not an ISO date-time', () => {
    expect(readWallClock('July 10')).toBeNull();
  });
});
