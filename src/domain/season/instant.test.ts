import { parseInstant } from './instant';

describe('parseInstant', () => {
  it('reads an offset timestamp as the same instant in UTC', () => {
    expect(parseInstant('2025-07-01T09:00:00+08:00')).toBe(Date.UTC(2025, 6, 1, 1, 0, 0));
  });

  it('reads Z as UTC and negative offsets correctly', () => {
    expect(parseInstant('2025-07-01T01:00:00Z')).toBe(Date.UTC(2025, 6, 1, 1));
    expect(parseInstant('2025-06-30T21:00:00-04:00')).toBe(Date.UTC(2025, 6, 1, 1));
  });

  it('accepts an offset without a colon and a time without seconds', () => {
    expect(parseInstant('2025-07-01T09:00+0800')).toBe(Date.UTC(2025, 6, 1, 1));
  });

  it('reads fractional seconds to the millisecond, truncating extra digits', () => {
    expect(parseInstant('2025-07-01T01:00:00.29Z')).toBe(Date.UTC(2025, 6, 1, 1, 0, 0, 290));
    expect(parseInstant('2025-07-01T01:00:00.1239Z')).toBe(Date.UTC(2025, 6, 1, 1, 0, 0, 123));
  });

  it('crosses the date line of the offset', () => {
    expect(parseInstant('2025-01-01T00:30:00+08:00')).toBe(Date.UTC(2024, 11, 31, 16, 30));
  });

  it('rejects a timestamp without an offset, which would depend on the device time zone', () => {
    expect(parseInstant('2025-07-01T09:00:00')).toBeNull();
    expect(parseInstant('2025-07-01')).toBeNull();
  });

  it('rejects impossible dates and times', () => {
    expect(parseInstant('2025-02-30T09:00:00+08:00')).toBeNull();
    expect(parseInstant('2025-07-01T24:00:00+08:00')).toBeNull();
    expect(parseInstant('2025-07-01T09:60:00+08:00')).toBeNull();
    expect(parseInstant('2025-07-01T09:00:60+08:00')).toBeNull();
    expect(parseInstant('2025-07-01T09:00:00+24:00')).toBeNull();
  });

  it('rejects other spellings', () => {
    expect(parseInstant('2025/07/01 09:00:00+08:00')).toBeNull();
    expect(parseInstant('')).toBeNull();
  });
});
