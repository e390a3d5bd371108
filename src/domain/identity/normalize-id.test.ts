import { normalizeIdNumber } from './normalize-id';

describe('normalizeIdNumber', () => {
  it('trims surrounding whitespace', () => {
    expect(normalizeIdNumber('  37010220180615001X\t\n')).toBe('37010220180615001X');
  });

  it('removes spaces inside the number, including the full-width space', () => {
    expect(normalizeIdNumber('370102 20180615\u3000001X')).toBe('37010220180615001X');
  });

  it('converts full-width digits and letters to half-width', () => {
    expect(normalizeIdNumber('３７０１０２２０１８０６１５００１Ｘ')).toBe('37010220180615001X');
    expect(normalizeIdNumber('Ｈ１２３４５６７８')).toBe('H12345678');
  });

  it('upper-cases a trailing x, full-width or not', () => {
    expect(normalizeIdNumber('37010220180615001x')).toBe('37010220180615001X');
    expect(normalizeIdNumber('37010220180615001ｘ')).toBe('37010220180615001X');
  });

  it('upper-cases the leading letter of a permit number', () => {
    expect(normalizeIdNumber('m12345678')).toBe('M12345678');
  });

  it('leaves other characters for the validator to reject', () => {
    expect(normalizeIdNumber('370102-2018')).toBe('370102-2018');
  });

  it('turns whitespace-only input into an empty string', () => {
    expect(normalizeIdNumber(' \u3000 ')).toBe('');
  });
});
