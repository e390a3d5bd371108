// Province-level codes of GB/T 2260 used as the first two digits of GB 11643-1999 numbers,
// plus 81/82/83 (Hong Kong, Macau, Taiwan residence permits), inclusive ranges.
const PROVINCE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
  [71, 71],
  [81, 83],
];
// Taiwan (71) and the residence-permit codes 81, 82, 83 have one code each, with no city or
// county level: 710000, 810000, 820000, 830000.
const WHOLE_REGION_ONLY = new Set(['71', '81', '82', '83']);
// Hainan's counties sat directly under the province (4600xx) from 1988 to 2002; a number issued
// then is kept for life, so those address codes stay valid.
const COUNTIES_UNDER_PROVINCE = new Set(['46']);
const SIX_DIGITS = /^\d{6}/;

/**
 * Rejects address codes (first 6 digits) naming no province or city (GB 11643-1999,
 * GB/T 2260).
 */
export function isKnownRegionCode(value: string): boolean {
  if (!SIX_DIGITS.test(value)) return false;
  const province = value.slice(0, 2);
  const code = Number(province);
  if (!PROVINCE_RANGES.some(([from, to]) => code >= from && code <= to)) return false;
  if (WHOLE_REGION_ONLY.has(province)) return value.slice(2, 6) === '0000';
  return value.slice(2, 4) !== '00' || COUNTIES_UNDER_PROVINCE.has(province);
}
