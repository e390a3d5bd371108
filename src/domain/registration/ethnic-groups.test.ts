import { ETHNIC_GROUPS, FOREIGN_ORIGIN_CODE, isEthnicGroupCode } from './ethnic-groups';

describe('ETHNIC_GROUPS', () => {
  it('lists the 56 ethnic groups and 外国血统中国籍人士', () => {
    expect(ETHNIC_GROUPS).toHaveLength(57);
    expect(new Set(ETHNIC_GROUPS.map((group) => group.name)).size).toBe(57);
  });

  it('numbers them as GB/T 3304 does', () => {
    expect(ETHNIC_GROUPS[0]).toEqual({ code: '01', name: '汉族' });
    expect(ETHNIC_GROUPS.find((group) => group.code === '11')?.name).toBe('满族');
    expect(ETHNIC_GROUPS[55]).toEqual({ code: '56', name: '基诺族' });
    expect(ETHNIC_GROUPS[56]).toEqual({ code: FOREIGN_ORIGIN_CODE, name: '外国血统中国籍人士' });
  });
});

describe('isEthnicGroupCode', () => {
  it('accepts listed codes and refuses names or unknown codes', () => {
    expect(isEthnicGroupCode('03')).toBe(true);
    expect(isEthnicGroupCode('98')).toBe(true);
    expect(isEthnicGroupCode('57')).toBe(false);
    expect(isEthnicGroupCode('汉族')).toBe(false);
  });
});
