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

/**
 * Transfer status numbers (学籍号, G + the student's ID number) are masked like the ID number
 * they carry, with the leading letter kept so the parent still recognises the kind of number.
 */
export function maskStatusNumber(value: string): string {
  const chars = Array.from(value);
  const [first = '', ...rest] = chars;
  return /^[A-Za-z]$/.test(first) ? first + maskIdNumber(rest.join('')) : maskIdNumber(value);
}

/** Residence permit numbers (居住证号) are ID numbers on another card: masked the same way. */
export function maskPermitNumber(value: string): string {
  return maskIdNumber(value);
}

/**
 * Every answer that holds a personal number, by its form path, with its mask: one list, so the
 * check page, the submitted content and the summaries hide the same things the same way.
 */
const MASKED_ANSWERS: Readonly<Record<string, (value: string) => string>> = {
  'child.idNumber': maskIdNumber,
  'child.contactMobile': maskMobile,
  'student.statusNumber': maskStatusNumber,
  'guardian.otherParent.idNumber': maskIdNumber,
  'guardian.otherParent.mobile': maskMobile,
  'migrant.residencePermitNumber': maskPermitNumber,
};

/** True when the answer at `path` is a personal number that is shown masked. */
export function isMaskedAnswer(path: string): boolean {
  return Object.prototype.hasOwnProperty.call(MASKED_ANSWERS, path);
}

/** The answer at `path` as shown on screen: masked when it is a personal number, else as is. */
export function maskAnswer(path: string, value: string): string {
  const mask = isMaskedAnswer(path) ? MASKED_ANSWERS[path] : undefined;
  return mask ? mask(value) : value;
}
