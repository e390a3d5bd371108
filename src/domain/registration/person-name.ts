import { toHalfWidth } from '../identity/half-width';

/** Which writing a name may use: Chinese only, or also Latin letters (permit holders, owners). */
export type NameScript = 'han' | 'han-or-latin';

export type NameProblem = 'required' | 'length' | 'characters';

const MIN_LENGTH = 2;
const MAX_LENGTH = 30;
// Dots people type between the parts of an ethnic name (阿依古丽·买买提): all become U+00B7.
const DOT_VARIANTS = /[.\u2022\u2027\u2219\u22C5\u30FB\uFF0E\uFF65]/g;
// CJK Unified Ideographs, Extension A, compatibility ideographs, and Extensions B+ as surrogate
// pairs (U+20000-U+2FFFF), written without \p{} so old Android webviews need no polyfill.
const HAN =
  '(?:[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]|[\\uD840-\\uD87F][\\uDC00-\\uDFFF])';
const HAN_NAME = new RegExp(`^${HAN}+(?:\u00B7${HAN}+)*$`);
const LATIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Parents type full-width letters, double spaces and assorted dots: normalise before checking. */
export function normalizePersonName(raw: string): string {
  const name = toHalfWidth(raw).replace(DOT_VARIANTS, '\u00B7').replace(/\s+/g, ' ').trim();
  // Spaces separate Latin name parts only; in a Chinese name (李 小明) they are typing slips.
  return /[A-Za-z]/.test(name) ? name : name.replace(/ /g, '');
}

/** Names as on the ID (PRODUCT.md, Child): 2-30 Chinese characters with '·', or Latin letters. */
export function checkPersonName(raw: string | undefined, script: NameScript): NameProblem | null {
  const name = normalizePersonName(raw ?? '');
  if (name === '') return 'required';
  const length = Array.from(name).length;
  if (length < MIN_LENGTH || length > MAX_LENGTH) return 'length';
  if (HAN_NAME.test(name)) return null;
  if (script === 'han-or-latin' && LATIN_NAME.test(name)) return null;
  return 'characters';
}
