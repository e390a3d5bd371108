// GB 11643-1999 check code (ISO 7064 MOD 11-2): weight of position i is 2^(17 - i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
// Check character for (weighted sum mod 11) = 0, 1, 2, ..., 10.
const CHECK_CHARACTERS = '10X98765432';
const BODY = /^\d{17}$/;
const FULL_NUMBER = /^\d{17}[\dX]$/;

/** Computes the 18th character from the first 17 digits (GB 11643-1999); throws otherwise. */
export function computeCheckDigit(body: string): string {
  if (!BODY.test(body)) {
    // Never echo the input: it is personal data.
    throw new RangeError(`computeCheckDigit expects 17 digits (got ${body.length} characters)`);
  }
  const sum = WEIGHTS.reduce(
    (total, weight, index) => total + weight * Number(body.charAt(index)),
    0,
  );
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** Tells whether the last character matches the first 17 digits (GB 11643-1999 check code). */
export function hasValidCheckDigit(value: string): boolean {
  return FULL_NUMBER.test(value) && computeCheckDigit(value.slice(0, 17)) === value.charAt(17);
}
