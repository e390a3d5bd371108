import { isIsoDate } from '../identity/birth-date';

export type Eligibility = { eligible: true } | { eligible: false; reason: 'too-young' | 'too-old' };

/** First grade takes children born in the gateway's window, both ends inclusive (PRODUCT.md). */
export function checkEligibility(
  birthDate: string,
  birthRange: { from: string; to: string },
): Eligibility {
  // A malformed date here is a programming error (the caller validated the field first).
  for (const value of [birthDate, birthRange.from, birthRange.to]) {
    if (!isIsoDate(value)) throw new RangeError('dates must be real dates written YYYY-MM-DD');
  }
  // Same-length YYYY-MM-DD strings compare in calendar order.
  if (birthDate < birthRange.from) return { eligible: false, reason: 'too-old' };
  if (birthDate > birthRange.to) return { eligible: false, reason: 'too-young' };
  return { eligible: true };
}
