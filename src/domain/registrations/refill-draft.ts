/** A new draft from a submitted registration's content: 删除信息 then fill again, or a correction. */
import type { SubmitRegistration } from '@contract';
import type { EnrollmentDraft } from '../enrollment/draft';

/** Every answer as submitted, so the parent corrects rather than retypes (FAQ 8). */
export function draftFromSubmission(submission: SubmitRegistration): EnrollmentDraft {
  const { child, guardian, household, residence, migrant, schoolId } = submission.answers;
  // A transfer keeps its own answers too: current school, target grade and reason.
  const own =
    submission.subsystem === 'transfer'
      ? { student: submission.answers.student, transfer: submission.answers.transfer }
      : {};
  return JSON.parse(
    JSON.stringify({ child, guardian, household, residence, migrant, schoolId, ...own }),
  ) as EnrollmentDraft;
}
