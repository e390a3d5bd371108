import { setCurrentLocale } from './catalog';
import { formatDate, formatDateTime, formatNumber } from './format-date';

afterEach(() => setCurrentLocale('zh-CN'));

describe('formatting per language', () => {
  it('writes a gateway time in Beijing wall-clock time in Chinese and in English', () => {
    expect(formatDateTime('2022-07-10T18:00:00+08:00', 'zh-CN')).toBe('2022年7月10日 18:00');
    expect(formatDateTime('2022-07-01T08:05:00+08:00', 'en-US')).toBe('1 July 2022, 08:05');
  });

  it('never shifts the time into the phone’s zone', () => {
    // 23:30 Beijing time is the previous day in UTC and the next day nowhere: shown as written.
    expect(formatDateTime('2022-07-10T23:30:00+08:00', 'en-US')).toBe('10 July 2022, 23:30');
  });

  it('follows the language chosen for the app when none is given', () => {
    setCurrentLocale('en-US');
    expect(formatDateTime('2022-07-10T18:00:00+08:00')).toBe('10 July 2022, 18:00');
    expect(formatDate('2022-07-06')).toBe('6 July 2022');
    setCurrentLocale('zh-CN');
    expect(formatDate('2022-07-06')).toBe('2022年7月6日');
  });

  it('shows text it cannot read as it came', () => {
    expect(formatDateTime('soon', 'en-US')).toBe('soon');
    expect(formatDate('July', 'zh-CN')).toBe('July');
  });

  it('groups digits of numbers', () => {
    expect(formatNumber(12345.5, 'en-US')).toBe('12,345.5');
    expect(formatNumber(12345, 'zh-CN')).toBe('12,345');
  });
});
