/**
 * The gateway's own checks of a transfer's `student` and `transfer` answers (FAQ 1): the status
 * number's form, primary targets 2-6 and junior 7-9, no target below the current grade, and
 * primary graduates only to grade 7. Problems name answer paths, like the enrollment checks.
 */
import { CURRENT_GRADES, TARGET_GRADES, TRANSFER_REASONS } from '../../types';
import type { FieldReader } from './field-reader';

type Json = Record<string, unknown>;

// 全国学籍号: 'G' + 18-character resident ID, or 'L' + 18 digits or capitals.
const STATUS_NUMBER = /^(?:G\d{17}[\dX]|L[0-9A-Z]{18})$/;

/** The grade refusal for a target, or null when allowed (same rule as the client's). */
export function gradeRefusal(current: string, target: string): string | null {
  if (current === 'primary-graduate') return target === '7' ? null : 'graduate-to-grade-7';
  return Number(target) >= Number(current) ? null : 'below-current-grade';
}

/** Checks a transfer's student and transfer answers. */
export function checkTransferParts(r: FieldReader, answers: Json): void {
  const student = r.object(answers.student, 'student');
  let current: string | null = null;
  if (student) {
    r.text(student.currentSchool, 'student.currentSchool');
    r.text(student.currentDistrict, 'student.currentDistrict');
    current = r.oneOf(student.currentGrade, 'student.currentGrade', CURRENT_GRADES);
    r.matching(student.statusNumber, 'student.statusNumber', STATUS_NUMBER);
  }
  const transfer = r.object(answers.transfer, 'transfer');
  if (!transfer) return;
  const target = r.oneOf(transfer.targetGrade, 'transfer.targetGrade', TARGET_GRADES);
  const reason = r.oneOf(transfer.reason, 'transfer.reason', TRANSFER_REASONS);
  if (reason === 'other') r.text(transfer.reasonNote, 'transfer.reasonNote');
  if (current && target) {
    const refusal = gradeRefusal(current, target);
    if (refusal) r.add('transfer.targetGrade', refusal);
  }
}
