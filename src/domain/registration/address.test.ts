import { checkAddress, normalizeAddress, sameAddress } from './address';

describe('checkAddress', () => {
  it('accepts a downtown address naming the city', () => {
    expect(checkAddress('济南市历下区泉城路100号', true)).toBeNull();
  });

  it.each(['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '高新区'])(
    'accepts a downtown address naming only the district %s',
    (district) => {
      expect(checkAddress(`${district}某某路300号3号楼`, true)).toBeNull();
    },
  );

  it('does not take 市中心 for the 市中区 district', () => {
    expect(checkAddress('青岛市中心某某路300号3号楼', true)).toBe('not-downtown');
  });

  it('refuses an address said to be downtown that names neither city nor district', () => {
    expect(checkAddress('青岛市市南区香港中路1号', true)).toBe('not-downtown');
  });

  it('does not require a downtown name when the household is not downtown', () => {
    expect(checkAddress('青岛市市南区香港中路1号', false)).toBeNull();
  });

  it('counts characters without spaces: 8 is enough, 7 is too short', () => {
    expect(checkAddress('历下区泉城路1号', false)).toBeNull();
    expect(checkAddress('历下区 泉城路1', false)).toBe('too-short');
  });

  it('reports an empty address as required and an overlong one as too long', () => {
    expect(checkAddress('  ', false)).toBe('required');
    expect(checkAddress('济南'.repeat(51), false)).toBe('too-long');
  });
});

describe('sameAddress', () => {
  it('matches despite spaces, full-width digits and a leading province or city', () => {
    expect(sameAddress('山东省济南市历下区泉城路１００号', '历下区 泉城路100号')).toBe(true);
  });

  it('tells different house numbers apart', () => {
    expect(sameAddress('历下区泉城路100号', '历下区泉城路101号')).toBe(false);
  });

  it('never matches a missing or empty address', () => {
    expect(sameAddress(undefined, '历下区泉城路100号')).toBe(false);
    expect(sameAddress('', '')).toBe(false);
  });
});

describe('normalizeAddress', () => {
  it('upper-cases letters such as building blocks', () => {
    expect(normalizeAddress('历下区泉城路100号a座')).toBe('历下区泉城路100号A座');
  });
});
