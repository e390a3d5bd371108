import type { SubmitRegistration, Subsystem } from '@contract';
import { useState } from 'react';
import type { EnrollmentDraft } from '@/domain/registration/draft';
import { gatewayDate } from '@/domain/season/gateway-date';
import { openPage } from '@/platform/navigation';
import { useDrafts } from '@/stores/draft-store';
import { startRefill } from '@/stores/refill';
import { serverNow } from '@/stores/server-time';
import { useParentDrafts } from './draft-entries';

const formOf = (subsystem: Subsystem) => (subsystem === 'transfer' ? 'transfer' : 'enrollment');

/**
 * Starts a new draft and opens it: from a deleted registration's content (FAQ 8), as the
 * correction of a returned one (`replaces`), or for another child (FAQ 13).
 */
export function useStartDraft() {
  useParentDrafts();
  const createDraft = useDrafts((state) => state.createDraft);
  const [busy, setBusy] = useState(false);
  return {
    busy,
    start(answers: EnrollmentDraft, subsystem: Subsystem = 'enrollment'): void {
      const id = createDraft(subsystem, answers);
      openPage(formOf(subsystem), { draft: id });
    },
    /** Re-fills keeping what was verified and the photos the gateway holds (FAQ 5, 8, 12). */
    refill(submission: SubmitRegistration, replaces: string | null = null): void {
      if (busy) return;
      setBusy(true);
      const today = gatewayDate(serverNow() ?? Date.now());
      void startRefill(submission, replaces, today)
        .then((id) => openPage(formOf(submission.subsystem), { draft: id }))
        .finally(() => setBusy(false));
    },
  };
}
