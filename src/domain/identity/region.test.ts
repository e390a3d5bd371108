import { isKnownRegionCode } from './region';

// Both ends of every accepted range, and the neighbours just outside them.
const ACCEPTED_PROVINCES = '11 15 21 23 31 37 41 46 50 54 61 65'.split(' ');
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

  it.each(['71', '81', '82', '83'])('accepts only the one code %s0000 for code %s', (province) => {
    expect(isKnownRegionCode(`${province}0000`)).toBe(true);
    expect(isKnownRegionCode(`${province}0102`)).toBe(false);
    expect(isKnownRegionCode(`${province}0001`)).toBe(false);
  });

  it('accepts the old Hainan county codes directly under the province (4600xx)', () => {
    expect(isKnownRegionCode('460001')).toBe(true);
    expect(isKnownRegionCode('460200')).toBe(true);
  });

  it('rejects input that does not start with six digits', () => {
    expect(isKnownRegionCode('37')).toBe(false);
    expect(isKnownRegionCode('3701')).toBe(false);
    expect(isKnownRegionCode(' 370102')).toBe(false);
  });
});
