/**
 * 中小学转学申请信息登记's journey (FAQ 1, 13): the enrollment sections (the student as `child`)
 * plus the student's current schooling and the transfer itself; the same machinery runs both.
 */
import type { TransferAnswers } from '@contract';
import { present, shapeEnrollmentAnswers } from '../registration/answer-shapes';
import type { EnrollmentDraft } from '../registration/draft';
import { SHARED_RULES } from '../registration/enrollment-journey';
import type { FieldPath } from '../registration/field-paths';
import type { JourneyDefinition } from '../registration/journey-definition';
import { SHARED_STEPS } from '../registration/shared-steps';
import { normalizeStatusNumber } from './status-number';
import { transferNeeds } from './transfer-materials';
import { TRANSFER_RULES } from './transfer-rules';

function reasonStep(draft: EnrollmentDraft): FieldPath[] {
  const asked: FieldPath[] = ['transfer.targetGrade', 'transfer.reason'];
  return draft.transfer?.reason === 'other' ? [...asked, 'transfer.reasonNote'] : asked;
}

/** The submitted transfer answers from a draft that passed every rule. */
export function shapeTransferAnswers(draft: EnrollmentDraft): TransferAnswers {
  const student = present(draft.student);
  const transfer = present(draft.transfer);
  const reason = present(transfer.reason);
  return {
    ...shapeEnrollmentAnswers(draft),
    student: {
      currentSchool: present(student.currentSchool).trim(),
      currentDistrict: present(student.currentDistrict).trim(),
      currentGrade: present(student.currentGrade),
      statusNumber: normalizeStatusNumber(present(student.statusNumber)),
    },
    transfer: {
      targetGrade: present(transfer.targetGrade),
      reason,
      reasonNote: reason === 'other' ? present(transfer.reasonNote).trim() : '',
    },
  };
}

export const TRANSFER_JOURNEY: JourneyDefinition = {
  subsystem: 'transfer',
  sections: [
    'child',
    'student',
    'guardian',
    'household',
    'residence',
    'migrant',
    'transfer',
    'materials',
  ],
  steps: {
    ...SHARED_STEPS,
    student: () => [
      ['student.currentSchool', 'student.currentDistrict'],
      ['student.currentGrade', 'student.statusNumber'],
    ],
    transfer: (draft) => [reasonStep(draft), ['schoolId']],
  },
  rules: { ...SHARED_RULES, ...TRANSFER_RULES },
  // Target schools are listed by address and grade: household and residence first.
  waitsFor: { transfer: ['household', 'residence'] },
  sectionOf: { schoolId: 'transfer' },
  extraNeeds: transferNeeds,
  shape: (draft) => ({ subsystem: 'transfer', answers: shapeTransferAnswers(draft) }),
};
