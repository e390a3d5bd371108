import type { SubmitRegistration, Subsystem } from '@contract';
import type { EnrollmentDraft } from '@/domain/enrollment/draft';
import { draftFromSubmission } from '@/domain/registrations/refill-draft';
import { openPage } from '@/platform/navigation';
import { useDrafts } from '@/stores/draft-store';
import { useParentDrafts } from './draft-entries';

/**
 * Starts a new enrollment draft and opens it: from a deleted registration's content (FAQ 8), as
 * the correction of a returned one (`replaces`), or for another child (FAQ 13).
 */
export function useStartDraft() {
  useParentDrafts();
  const createDraft = useDrafts((state) => state.createDraft);
  function start(
    answers: EnrollmentDraft,
    replaces: string | null = null,
    subsystem: Subsystem = 'enrollment',
  ): void {
    // The correction link travels with the draft (device and gateway): a reload keeps it.
    const id = createDraft(subsystem, answers, replaces);
    openPage(subsystem === 'transfer' ? 'transfer' : 'enrollment', { draft: id });
  }
  return {
    start,
    refill(submission: SubmitRegistration, replaces: string | null = null) {
      start(draftFromSubmission(submission), replaces, submission.subsystem);
    },
  };
}
