/**
 * The gateway's own rules for a transfer's student and transfer answers (FAQ 1): primary targets
 * 2-6 and junior 7-9, no target below the current grade, primary graduates only to grade 7, a
 * note for 'other' reasons, and a status number whose check character holds and which is the
 * student's own when it is built on a resident ID number.
 */
import type { FieldProblem, TransferAnswers } from '../../types';
import { readIdNumber } from './resident-id';

/** The grade refusal for a target, or null when allowed (same rule as the client's). */
export function gradeRefusal(current: string, target: string): string | null {
  if (current === 'primary-graduate') return target === '7' ? null : 'graduate-to-grade-7';
  return Number(target) >= Number(current) ? null : 'below-current-grade';
}

/** Problems with the status number: 'G' + a resident ID number must be that ID, and valid. */
export function statusNumberRefusal(answers: TransferAnswers): string | null {
  const { statusNumber } = answers.student;
  if (!statusNumber.startsWith('G')) return null;
  const idNumber = statusNumber.slice(1);
  if (!readIdNumber(idNumber)) return 'invalid';
  const { child } = answers;
  return child.idType === 'resident-id' && child.idNumber !== idNumber ? 'other-student' : null;
}

export function checkTransferParts(answers: TransferAnswers): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const status = statusNumberRefusal(answers);
  if (status) problems.push({ field: 'student.statusNumber', code: status });
  const { reason, reasonNote, targetGrade } = answers.transfer;
  if (reason === 'other' && reasonNote.trim() === '') {
    problems.push({ field: 'transfer.reasonNote', code: 'required' });
  }
  const refusal = gradeRefusal(answers.student.currentGrade, targetGrade);
  if (refusal) problems.push({ field: 'transfer.targetGrade', code: refusal });
  return problems;
}
