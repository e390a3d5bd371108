import { computeCheckDigit, hasValidCheckDigit } from './check-digit';

// Invented numbers; the expected characters were worked out by hand from the GB 11643-1999 weights.
describe('computeCheckDigit', () => {
  // [body, weighted sum, expected check character], one row for each remainder 0..10.
  it.each([
    ['37010220180615019', 242, '1'],
    ['37010220180615006', 232, '0'],
    ['37010220180615001', 222, 'X'],
    ['37010220180615007', 234, '9'],
    ['37010220180615002', 224, '8'],
    ['37010220180615008', 236, '7'],
    ['37010220180615003', 226, '6'],
    ['37010220180615009', 238, '5'],
    ['37010220180615004', 228, '4'],
    ['37010220180615018', 240, '3'],
    ['37010220180615005', 230, '2'],
  ])('completes %s (weighted sum %i) with %s', (body, _sum, expected) => {
    expect(computeCheckDigit(body)).toBe(expected);
  });

  it('throws rather than guessing when the body is not exactly 17 digits', () => {
    expect(() => computeCheckDigit('3701022018061500')).toThrow(RangeError);
    expect(() => computeCheckDigit('3701022018061500X')).toThrow(RangeError);
  });

  it('does not echo the rejected body in its error message', () => {
    expect(() => computeCheckDigit('1234')).toThrow(/got 4 characters/);
    expect(() => computeCheckDigit('1234')).not.toThrow(/1234/);
  });
});

describe('hasValidCheckDigit', () => {
  it('accepts a number whose last character matches its body', () => {
    expect(hasValidCheckDigit('37010220180615001X')).toBe(true);
    expect(hasValidCheckDigit('370102201806150028')).toBe(true);
  });

  it('rejects a number whose last character does not match its body', () => {
    expect(hasValidCheckDigit('370102201806150011')).toBe(false);
  });

  it('rejects a lower-case x, which must be normalised first', () => {
    expect(hasValidCheckDigit('37010220180615001x')).toBe(false);
  });

  it('rejects anything that is not 17 digits and a check character', () => {
    expect(hasValidCheckDigit('37010220180615001')).toBe(false);
    expect(hasValidCheckDigit('3701022018061500AX')).toBe(false);
  });
});
