import type { Registration, SubmitRegistration } from '@contract';
import { submitRegistration } from '@/api/enrollment-api';
import { randomId } from '@/platform/random-id';
import { useDrafts } from './draft-store';
import { throughWaitingRoom } from './waiting-room';

/**
 * Submits a draft exactly once (FAQ 8): the idempotency key is created at the first attempt and
 * saved with the draft before anything is sent, so a double tap, a retry after a timeout or a
 * reload and retry all carry the same key and the gateway answers them with one registration.
 * The draft is removed from the device only after the gateway confirmed; while the gateway is
 * busy the waiting room shows and the submit goes out again by itself.
 */
export async function submitEnrollment(
  draftId: string,
  body: SubmitRegistration,
): Promise<Registration> {
  const drafts = useDrafts.getState();
  let key = drafts.drafts[draftId]?.idempotencyKey ?? null;
  if (!key) {
    const created = randomId('sub-');
    drafts.updateDraft(draftId, (draft) => ({ ...draft, idempotencyKey: created }));
    key = created;
  }
  const sameKey = key;
  // The key makes every try after a busy answer or a time-out the same submission.
  const registration = await throughWaitingRoom(() => submitRegistration(body, sameKey));
  useDrafts.getState().deleteDraft(draftId);
  return registration;
}
