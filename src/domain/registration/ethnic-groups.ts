/**
 * Ethnicity choices of the household register: the 56 ethnic groups with their GB/T 3304-1991
 * codes, plus 97 其他 and 98 外国血统中国籍人士. The draft stores the two-digit code; the names are data
 * (the official names), not interface copy.
 */

export interface EthnicGroup {
  code: string;
  name: string;
}

const NAMES = [
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
] as const;

/** GB/T 3304-1991 code 97: other, not yet identified (其他). */
export const OTHER_CODE = '97';

/** GB/T 3304-1991 code 98: Chinese citizens of foreign origin (外国血统中国籍人士). */
export const FOREIGN_ORIGIN_CODE = '98';

/** The choices of the ethnicity field in GB/T 3304 code order (PRODUCT.md, Child): 汉族 first. */
export const ETHNIC_GROUPS: readonly EthnicGroup[] = [
  ...NAMES.map((name, index) => ({ code: String(index + 1).padStart(2, '0'), name })),
  { code: OTHER_CODE, name: '其他' },
  { code: FOREIGN_ORIGIN_CODE, name: '外国血统中国籍人士' },
];

/**
 * The groups whose shown name, or official Chinese name, contains what the parent typed
 * (case and spaces ignored), in list order; everything for an empty search.
 */
export function matchEthnicGroups<G extends EthnicGroup & { shown: string }>(
  groups: readonly G[],
  query: string,
): G[] {
  const wanted = query.replace(/\s+/g, '').toLowerCase();
  if (wanted === '') return [...groups];
  return groups.filter(
    (group) =>
      group.shown.replace(/\s+/g, '').toLowerCase().includes(wanted) || group.name.includes(wanted),
  );
}

/** Tells whether an ethnicity answer is one of the listed GB/T 3304 codes. */
export function isEthnicGroupCode(value: string): boolean {
  return ETHNIC_GROUPS.some((group) => group.code === value);
}
