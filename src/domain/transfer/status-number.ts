/**
 * 全国学籍号 (national student status number), as this app accepts it: 'G' followed by the
 * student's 18-character resident ID number (GB 11643, so its check character must hold and,
 * when the student is registered with a resident ID, it must be that ID), or 'L' followed by 18
 * digits or capital letters for a student who had no resident ID when first registered (a
 * temporary number). Spaces, full-width characters and lower case are normalised first.
 */
import type { IdDocumentType } from '@contract';
import { toHalfWidth } from '../identity/half-width';
import { normalizeIdNumber } from '../identity/normalize-id';
import { hasValidCheckDigit } from '../identity/check-digit';
import type { ProblemCode } from '../registration/problem-codes';

const LENGTH = 19;

/** The number as the school register writes it: half-width capitals, no spaces. */
export function normalizeStatusNumber(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
}

/** Checks a status number, and a 'G' number against the student's own resident ID. */
export function checkStatusNumber(
  raw: string | undefined,
  student: { idType?: IdDocumentType; idNumber?: string },
): ProblemCode | null {
  const value = normalizeStatusNumber(raw ?? '');
  if (value === '') return 'required';
  if (value[0] !== 'G' && value[0] !== 'L') return 'prefix';
  if (value.length !== LENGTH) return 'length';
  const rest = value.slice(1);
  if (value[0] === 'L') return /^[0-9A-Z]{18}$/.test(rest) ? null : 'characters';
  if (!/^\d{17}[\dX]$/.test(rest)) return 'characters';
  if (!hasValidCheckDigit(rest)) return 'checksum';
  const own = student.idType === 'resident-id' ? normalizeIdNumber(student.idNumber ?? '') : '';
  return own !== '' && own !== rest ? 'status-number-mismatch' : null;
}
