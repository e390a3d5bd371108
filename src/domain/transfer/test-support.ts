/** Shared transfer test data: an invented student and a draft that passes every transfer rule. */
import type { EnrollmentContext, EnrollmentDraft } from '../registration/draft';
import { APPLICANT, completeDraft, TODAY, withCheckDigit } from '../registration/test-support';

/** A girl born 2012-04-08 (even 17th digit). */
export const STUDENT_ID = withCheckDigit('37010220120408002');
export const STATUS_NUMBER = `G${STUDENT_ID}`;

export const TRANSFER_CONTEXT: EnrollmentContext = {
  today: TODAY,
  birthRange: null,
  applicant: APPLICANT,
};

/** A complete transfer: grade 4 to grade 5 after a household move. */
export function completeTransferDraft(): EnrollmentDraft {
  const base = completeDraft();
  return {
    ...base,
    child: { ...base.child, name: '李小雨', idNumber: STUDENT_ID },
    student: {
      currentSchool: '淄博市张店区样例小学',
      currentDistrict: '淄博市张店区',
      currentGrade: '4',
      statusNumber: STATUS_NUMBER,
    },
    transfer: { targetGrade: '5', reason: 'household-move' },
  };
}
