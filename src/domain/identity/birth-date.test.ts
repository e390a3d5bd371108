import { isIsoDate, readBirthDate } from './birth-date';

describe('readBirthDate', () => {
  it('returns a real date as YYYY-MM-DD', () => {
    expect(readBirthDate('20180615', '2025-06-01')).toBe('2018-06-15');
  });

  it('rejects dates that do not exist', () => {
    expect(readBirthDate('20150230', '2025-06-01')).toBeNull();
    expect(readBirthDate('20180431', '2025-06-01')).toBeNull();
    expect(readBirthDate('20181301', '2025-06-01')).toBeNull();
    expect(readBirthDate('20180100', '2025-06-01')).toBeNull();
  });

  it('treats 1900-01-01 as the earliest birth date', () => {
    expect(readBirthDate('19000101', '2025-06-01')).toBe('1900-01-01');
    expect(readBirthDate('18991231', '2025-06-01')).toBeNull();
  });

  it('accepts today and rejects any later date', () => {
    expect(readBirthDate('20250601', '2025-06-01')).toBe('2025-06-01');
    expect(readBirthDate('20250602', '2025-06-01')).toBeNull();
  });

  it('rejects anything but eight digits', () => {
    expect(readBirthDate('2018061', '2025-06-01')).toBeNull();
    expect(readBirthDate('2018-6-1', '2025-06-01')).toBeNull();
  });
});

describe('isIsoDate', () => {
  it('accepts a real date written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('rejects other spellings and impossible dates', () => {
    expect(isIsoDate('2025-6-1')).toBe(false);
    expect(isIsoDate('2025/06/01')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
