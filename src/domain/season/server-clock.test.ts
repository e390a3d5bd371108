import { createServerClock } from './server-clock';

const SERVER_MS = Date.UTC(2025, 6, 1, 1);

describe('createServerClock', () => {
  it('reads the server time at the moment it was created', () => {
    const clock = createServerClock('2025-07-01T09:00:00+08:00', 5_000);
    expect(clock.now(5_000)).toBe(SERVER_MS);
  });

  it('advances by the time elapsed on the monotonic source', () => {
    const clock = createServerClock('2025-07-01T09:00:00+08:00', 5_000);
    expect(clock.now(65_000)).toBe(SERVER_MS + 60_000);
  });

  it('ignores the device clock, even when it is set years away', () => {
    const realNow = Date.now;
    Date.now = () => Date.UTC(2031, 0, 1);
    try {
      const clock = createServerClock('2025-07-01T09:00:00+08:00', 0);
      expect(clock.now(1_500)).toBe(SERVER_MS + 1_500);
    } finally {
      Date.now = realNow;
    }
  });

  it('keeps separate clocks independent', () => {
    const first = createServerClock('2025-07-01T09:00:00+08:00', 0);
    const second = createServerClock('2025-07-02T09:00:00+08:00', 100);
    expect(first.now(100)).toBe(SERVER_MS + 100);
    expect(second.now(100)).toBe(SERVER_MS + 86_400_000);
  });

  it('throws on a server time that is not ISO 8601 with an offset', () => {
    expect(() => createServerClock('2025-07-01 09:00:00', 0)).toThrow(RangeError);
  });

  it('throws on a non-finite monotonic reading', () => {
    expect(() => createServerClock('2025-07-01T09:00:00+08:00', Number.NaN)).toThrow(RangeError);
  });
});
