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
// Taiwan (71) and the residence-permit codes 81, 82, 83 have no city level: their city part is 00.
const WITHOUT_CITY = new Set(['71', '81', '82', '83']);
const FOUR_DIGITS = /^\d{4}/;

/** Rejects address codes (first 4 digits) naming no province or city (GB 11643-1999, GB/T 2260). */
export function isKnownRegionCode(value: string): boolean {
  if (!FOUR_DIGITS.test(value)) return false;
  const province = value.slice(0, 2);
  const code = Number(province);
  if (!PROVINCE_RANGES.some(([from, to]) => code >= from && code <= to)) return false;
  return value.slice(2, 4) !== '00' || WITHOUT_CITY.has(province);
}
