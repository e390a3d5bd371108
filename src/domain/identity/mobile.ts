import { toHalfWidth } from './half-width';

export type MobileProblem = 'empty' | 'format';

export type MobileResult = { ok: true; value: string } | { ok: false; reason: MobileProblem };

// Mainland mobile numbers: 11 digits, 1 then 3-9 (MIIT numbering plan).
const MOBILE = /^1[3-9]\d{9}$/;
// Spaces (any width) and dashes people type as separators: 138-0000-1234, 138 0000 1234.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

/** Validates the contact mobile (FAQ 3) after removing separators and a +86 / 86 prefix. */
export function validateMobile(raw: string): MobileResult {
  const compact = toHalfWidth(raw).replace(SEPARATORS, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  const value = withoutCountryCode(compact);
  return MOBILE.test(value) ? { ok: true, value } : { ok: false, reason: 'format' };
}

function withoutCountryCode(compact: string): string {
  if (compact.startsWith('+86')) return compact.slice(3);
  // Without '+', 86 is a prefix only when 11 digits follow; a mobile itself never starts with 8.
  if (/^86\d{11}$/.test(compact)) return compact.slice(2);
  return compact;
}
