/** The transfer's own questions (PRODUCT.md, Transfer adds; FAQ 1): current school, target, reason. */
import { CURRENT_GRADES, TRANSFER_REASONS } from '@contract';
import { toHalfWidth } from '../identity/half-width';
import { checkChoice, type FieldRules } from '../registration/field-rule';
import type { ProblemCode } from '../registration/problem-codes';
import { checkTargetGrade } from './grades';
import { checkStatusNumber } from './status-number';

/** A short free text (school name, district, the reason's explanation), trimmed first (GOV.UK). */
export function checkShortText(
  raw: string | undefined,
  min: number,
  max: number,
): ProblemCode | null {
  const text = toHalfWidth(raw ?? '').trim();
  if (text === '') return 'required';
  const length = Array.from(text).length;
  if (length < min) return 'too-short';
  return length > max ? 'too-long' : null;
}

export const TRANSFER_RULES: FieldRules = {
  'student.currentSchool': (draft) => checkShortText(draft.student?.currentSchool, 4, 60),
  'student.currentDistrict': (draft) => checkShortText(draft.student?.currentDistrict, 2, 30),
  'student.currentGrade': (draft) => checkChoice(draft.student?.currentGrade, CURRENT_GRADES),
  'student.statusNumber': (draft) =>
    checkStatusNumber(draft.student?.statusNumber, draft.child ?? {}),
  'transfer.targetGrade': (draft) =>
    checkTargetGrade(draft.student?.currentGrade, draft.transfer?.targetGrade),
  'transfer.reason': (draft) => checkChoice(draft.transfer?.reason, TRANSFER_REASONS),
  // "Other lawful reason" needs a short explanation; the listed reasons speak for themselves.
  'transfer.reasonNote': (draft) =>
    draft.transfer?.reason === 'other' ? checkShortText(draft.transfer.reasonNote, 5, 200) : null,
};
