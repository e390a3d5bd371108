const HIDDEN = '*';

function keepEnds(value: string, head: number, tail: number): string {
  const chars = Array.from(value);
  if (chars.length <= head + tail) return HIDDEN.repeat(chars.length);
  const hidden = chars.length - head - tail;
  return chars.slice(0, head).join('') + HIDDEN.repeat(hidden) + chars.slice(-tail).join('');
}

/** ID numbers are masked on screen by default (PRODUCT.md): 370102********001X, H*******8. */
export function maskIdNumber(value: string): string {
  // Over 10 characters keep the first 6 and last 4. Shorter permit numbers keep only the first
  // and last character, so an 8- or 9-character number is never visible; 2 or fewer: all hidden.
  const length = Array.from(value).length;
  return length > 10 ? keepEnds(value, 6, 4) : keepEnds(value, 1, 1);
}

/** Mobile numbers are masked on screen by default (PRODUCT.md, personal data): 138****1234. */
export function maskMobile(value: string): string {
  // 11 characters keep the first 3 and last 4; any other length keeps only the last 4.
  const length = Array.from(value).length;
  return length === 11 ? keepEnds(value, 3, 4) : keepEnds(value, 0, 4);
}
