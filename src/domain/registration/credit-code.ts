import { toHalfWidth } from '../identity/half-width';

export type CreditCodeProblem = 'required' | 'length' | 'characters' | 'checksum';

// GB 32100-2015: 31 characters, digits and capitals without I, O, Z, S, V.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// Weight of position i is 3^i mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = new RegExp(`^[${CHARSET}]{18}$`);

/** Computes the 18th character of a unified social credit code from the first 17 (GB 32100). */
export function computeCreditCodeCheck(body: string): string {
  if (body.length !== 17 || !SHAPE.test(`${body}0`)) {
    throw new RangeError('computeCreditCodeCheck expects 17 GB 32100 characters');
  }
  const sum = WEIGHTS.reduce(
    (total, weight, index) => total + weight * CHARSET.indexOf(body.charAt(index)),
    0,
  );
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** A self-employed parent's business licence number: 18 characters with a valid check (GB 32100). */
export function checkCreditCode(raw: string | undefined): CreditCodeProblem | null {
  const value = toHalfWidth(raw ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();
  if (value === '') return 'required';
  if (value.length !== 18) return 'length';
  if (!SHAPE.test(value)) return 'characters';
  return computeCreditCodeCheck(value.slice(0, 17)) === value.charAt(17) ? null : 'checksum';
}
