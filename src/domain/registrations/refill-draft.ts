/** A new draft from a submitted registration's content: 删除信息 then fill again, or a correction. */
import type { SubmitEnrollment } from '@contract';
import type { EnrollmentDraft } from '../enrollment/draft';

/** Every answer as submitted, so the parent corrects rather than retypes (FAQ 8). */
export function draftFromSubmission(submission: SubmitEnrollment): EnrollmentDraft {
  const { child, guardian, household, residence, migrant, schoolId } = submission.answers;
  return JSON.parse(
    JSON.stringify({ child, guardian, household, residence, migrant, schoolId }),
  ) as EnrollmentDraft;
}
