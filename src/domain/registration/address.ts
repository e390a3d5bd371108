import { toHalfWidth } from '../identity/half-width';

export type AddressProblem = 'required' | 'too-short' | 'too-long' | 'not-downtown';

// Shorter than 8 characters cannot name a street and a number (e.g. 历下区泉城路1号 is 8).
const MIN_LENGTH = 8;
const MAX_LENGTH = 100;

/**
 * Names that place an address in downtown Jinan: the city itself, or one of the districts of the
 * central-city registration area. Deliberately simple: the gateway's catchment lookup decides;
 * this only catches an address typed into the wrong field or a missing city.
 */
export const DOWNTOWN_PLACE_NAMES: readonly string[] = [
  '济南',
  '历下',
  '市中区',
  '槐荫',
  '天桥区',
  '历城',
  '长清',
  '高新区',
];

// Leading province and city names that registers and certificates write or leave out at will.
const LEADING_REGION = /^(?:山东省|山东)?(?:济南市)?/;

/** One spelling per address so registers and certificates compare equal (FAQ 11): no spaces,
 * half-width, upper case, no leading 山东省 or 济南市. */
export function normalizeAddress(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase().replace(LEADING_REGION, '');
}

/** Whether two addresses are the same after normalising (category match, FAQ 11 case 2). */
export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const left = normalizeAddress(a);
  return left !== '' && left === normalizeAddress(b);
}

/** Household and home addresses: long enough to locate, and downtown when said to be (PRODUCT.md). */
export function checkAddress(
  raw: string | undefined,
  mustBeDowntown: boolean,
): AddressProblem | null {
  const compact = toHalfWidth(raw ?? '').replace(/\s+/g, '');
  if (compact === '') return 'required';
  const length = Array.from(compact).length;
  if (length < MIN_LENGTH) return 'too-short';
  if (length > MAX_LENGTH) return 'too-long';
  if (mustBeDowntown && !DOWNTOWN_PLACE_NAMES.some((name) => compact.includes(name))) {
    return 'not-downtown';
  }
  return null;
}
