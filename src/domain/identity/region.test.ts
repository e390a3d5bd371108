import { isKnownRegionCode } from './region';

// Both ends of every accepted range, and the neighbours just outside them.
const ACCEPTED_PROVINCES = '11 15 21 23 31 37 41 46 50 54 61 65 71 81 82 83'.split(' ');
const REJECTED_PROVINCES = '00 10 16 20 24 30 38 40 47 49 55 60 66 70 72 80 84 99'.split(' ');

describe('isKnownRegionCode', () => {
  it.each(ACCEPTED_PROVINCES)('accepts province code %s with a city part', (province) => {
    expect(isKnownRegionCode(`${province}0102`)).toBe(true);
  });

  it.each(REJECTED_PROVINCES)('rejects province code %s', (province) => {
    expect(isKnownRegionCode(`${province}0102`)).toBe(false);
  });

  it('rejects city part 00 for mainland provinces', () => {
    expect(isKnownRegionCode('370000')).toBe(false);
    expect(isKnownRegionCode('110000')).toBe(false);
  });

  it.each(['71', '81', '82', '83'])('accepts city part 00 for province code %s', (province) => {
    expect(isKnownRegionCode(`${province}0000`)).toBe(true);
  });

  it('rejects input that does not start with four digits', () => {
    expect(isKnownRegionCode('37')).toBe(false);
    expect(isKnownRegionCode(' 3701')).toBe(false);
  });
});
