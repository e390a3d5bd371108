import {
  ETHNIC_GROUPS,
  FOREIGN_ORIGIN_CODE,
  isEthnicGroupCode,
  matchEthnicGroups,
  OTHER_CODE,
} from './ethnic-groups';

describe('ETHNIC_GROUPS', () => {
  it('lists the 56 ethnic groups, 其他 and 外国血统中国籍人士', () => {
    expect(ETHNIC_GROUPS).toHaveLength(58);
    expect(new Set(ETHNIC_GROUPS.map((group) => group.name)).size).toBe(58);
  });

  it('numbers them as GB/T 3304 does, 汉族 first', () => {
    expect(ETHNIC_GROUPS[0]).toEqual({ code: '01', name: '汉族' });
    expect(ETHNIC_GROUPS.find((group) => group.code === '11')?.name).toBe('满族');
    expect(ETHNIC_GROUPS[55]).toEqual({ code: '56', name: '基诺族' });
    expect(ETHNIC_GROUPS[56]).toEqual({ code: OTHER_CODE, name: '其他' });
    expect(ETHNIC_GROUPS[57]).toEqual({ code: FOREIGN_ORIGIN_CODE, name: '外国血统中国籍人士' });
  });
});

describe('isEthnicGroupCode', () => {
  it('accepts listed codes and refuses names or unknown codes', () => {
    expect(isEthnicGroupCode('03')).toBe(true);
    expect(isEthnicGroupCode('97')).toBe(true);
    expect(isEthnicGroupCode('98')).toBe(true);
    expect(isEthnicGroupCode('57')).toBe(false);
    expect(isEthnicGroupCode('汉族')).toBe(false);
  });
});

describe('matchEthnicGroups', () => {
  const english: Record<string, string> = { '01': 'Han', '03': 'Hui', '53': 'Hezhen' };
  const groups = ETHNIC_GROUPS.map((group) => ({
    ...group,
    shown: english[group.code] ?? group.name,
  }));

  it('keeps every group, in order, while nothing is typed', () => {
    expect(matchEthnicGroups(groups, '  ')).toHaveLength(58);
  });

  it('finds a group by one character of its Chinese name', () => {
    expect(matchEthnicGroups(groups, '回').map((group) => group.code)).toEqual(['03']);
  });

  it('finds groups by their English name whatever the case', () => {
    expect(matchEthnicGroups(groups, 'h').map((group) => group.shown)).toEqual([
      'Han',
      'Hui',
      'Hezhen',
    ]);
  });

  it('finds nothing for a name no group has', () => {
    expect(matchEthnicGroups(groups, '火星')).toEqual([]);
  });
});
