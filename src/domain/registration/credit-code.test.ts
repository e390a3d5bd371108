import { checkCreditCode, computeCreditCodeCheck } from './credit-code';

// A widely published sample code whose check character is 3.
const SAMPLE = '91350100M000100Y43';

describe('computeCreditCodeCheck', () => {
  it('computes the GB 32100 check character', () => {
    expect(computeCreditCodeCheck(SAMPLE.slice(0, 17))).toBe('3');
  });

  it('writes 0 when the weighted sum is a multiple of 31', () => {
    expect(computeCreditCodeCheck('91370100MA0Y00100')).toBe('0');
  });

  it('throws when the body is not 17 allowed characters', () => {
    expect(() => computeCreditCodeCheck('91350100M000100Y')).toThrow(RangeError);
    expect(() => computeCreditCodeCheck('91350100M000100YI')).toThrow(RangeError);
  });
});

describe('checkCreditCode', () => {
  it('accepts a valid code typed in lower case with spaces', () => {
    expect(checkCreditCode(' 91350100m000100y43 ')).toBeNull();
  });

  it('refuses a wrong check character', () => {
    expect(checkCreditCode('91350100M000100Y44')).toBe('checksum');
  });

  it('refuses letters GB 32100 never uses (I, O, Z, S, V)', () => {
    expect(checkCreditCode('91350100M000100O43')).toBe('characters');
  });

  it('reports empty and wrong lengths', () => {
    expect(checkCreditCode('')).toBe('required');
    expect(checkCreditCode('91350100M000100Y4')).toBe('length');
  });
});
