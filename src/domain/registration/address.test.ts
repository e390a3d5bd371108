import {
  checkAddress,
  composeAddress,
  JINAN_DISTRICTS,
  NO_ADDRESS,
  normalizeAddress,
  OUTSIDE_JINAN,
  sameAddress,
  splitAddress,
} from './address';

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

describe('the address picker parts', () => {
  it('compose into the line registers write, with 济南市 and the district first', () => {
    const parts = {
      district: 'lixia',
      street: '泉城路100号泉城花园',
      building: '3',
      unit: '2',
      room: '501',
    } as const;
    expect(composeAddress(parts)).toBe('济南市历下区泉城路100号泉城花园3号楼2单元501室');
  });

  it('leave out the building, unit and room a house does not have', () => {
    expect(composeAddress({ ...NO_ADDRESS, district: 'zhangqiu', street: '样例村68号' })).toBe(
      '济南市章丘区样例村68号',
    );
  });

  it('keep an address outside Jinan exactly as typed', () => {
    const street = '山东省临沂市兰山区样例镇样例村68号';
    expect(composeAddress({ ...NO_ADDRESS, district: OUTSIDE_JINAN, street })).toBe(street);
    expect(splitAddress(street)).toEqual({ ...NO_ADDRESS, district: OUTSIDE_JINAN, street });
  });

  it('compose to nothing before a district is chosen, and to the district alone before a street', () => {
    expect(composeAddress({ ...NO_ADDRESS, street: '泉城路1号' })).toBe('');
    expect(composeAddress({ ...NO_ADDRESS, district: OUTSIDE_JINAN })).toBe('');
    expect(composeAddress({ ...NO_ADDRESS, district: 'tianqiao' })).toBe('济南市天桥区');
  });

  it('split a stored line back into the parts it was composed from', () => {
    expect(splitAddress('济南市历下区样例路100号样例小区3号楼2单元501室')).toEqual({
      district: 'lixia',
      street: '样例路100号样例小区',
      building: '3',
      unit: '2',
      room: '501',
    });
  });

  it('read a line written without the province or city, or with both', () => {
    expect(splitAddress('槐荫区样例大街6号').district).toBe('huaiyin');
    expect(splitAddress('山东省济南市高新区样例路1号').district).toBe('gaoxin');
  });

  it('keep text after the room number in the street, so nothing typed is lost', () => {
    const line = '济南市市中区示例街8号2号楼1单元1201室<b>x</b>';
    expect(composeAddress(splitAddress(line))).toBe(line);
  });

  it.each(JINAN_DISTRICTS.map((district) => [district.name, district.code]))(
    'round-trip an address in %s',
    (name, code) => {
      const line = `济南市${name}样例路9号1号楼1单元101室`;
      expect(splitAddress(line).district).toBe(code);
      expect(composeAddress(splitAddress(line))).toBe(line);
    },
  );

  it('count the seven central-city districts of the FAQ as downtown and no other', () => {
    const downtown = JINAN_DISTRICTS.filter((district) => district.downtown).map((d) => d.name);
    expect(downtown).toEqual([
      '历下区',
      '市中区',
      '槐荫区',
      '天桥区',
      '历城区',
      '长清区',
      '高新区',
    ]);
    for (const name of downtown) expect(checkAddress(`济南市${name}样例路9号`, true)).toBeNull();
  });

  it('split nothing from an empty answer', () => {
    expect(splitAddress(undefined)).toEqual(NO_ADDRESS);
    expect(splitAddress('  ')).toEqual(NO_ADDRESS);
  });
});
