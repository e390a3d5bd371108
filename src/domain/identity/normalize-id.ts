import { toHalfWidth } from './half-width';

/** Parents type spaces, full-width forms, a lower-case x: normalise before validating (GOV.UK). */
export function normalizeIdNumber(raw: string): string {
  // Upper-casing every letter covers the trailing x of GB 11643-1999 and the leading h/m of a
  // home-return permit; a letter in the wrong place is still rejected by the validators.
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
}
