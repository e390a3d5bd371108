import { IDEMPOTENCY_HEADER, type Registration, type SubmitRegistration } from '@contract';
import { submitRegistration } from '@/api/enrollment-api';
import { GatewayError } from '@/api/gateway-error';
import { fetchMyRegistrations } from '@/api/registrations-api';
import { randomId } from '@/platform/random-id';
import { flushLocal } from './draft-local';
import { useDrafts } from './draft-store';
import { syncNow } from './draft-sync';
import { clearServerReasons, recordServerReasons } from './server-reasons';
import { throughWaitingRoom } from './waiting-room';

/**
 * The draft's idempotency key, created at the first attempt and written to the device and sent
 * with the gateway draft before the submission goes out: a reload in between then finds the key
 * and the retry answers the receipt instead of making (or refusing) a second registration.
 */
async function keyFor(draftId: string): Promise<string> {
  const existing = useDrafts.getState().drafts[draftId]?.idempotencyKey;
  if (existing) return existing;
  const created = randomId('sub-');
  useDrafts.getState().updateDraft(draftId, (draft) => ({ ...draft, idempotencyKey: created }));
  await flushLocal();
  // A gateway that cannot take the draft now will not take the submission either; the device
  // copy alone then carries the key.
  await syncNow().catch(() => undefined);
  return created;
}

function keyWasReused(error: unknown): boolean {
  return (
    error instanceof GatewayError &&
    error.code === 'VALIDATION_FAILED' &&
    error.fields.some((field) => field.field === IDEMPOTENCY_HEADER && field.code === 'reused')
  );
}

/**
 * The registration an earlier try with this key made: the gateway refuses the key for another
 * body only when that earlier try was stored (it timed out on the way back, then the parent
 * edited). It is this parent's newest registration of the same subsystem and child.
 */
async function earlierSubmission(body: SubmitRegistration): Promise<Registration | null> {
  const mine = await fetchMyRegistrations();
  const same = mine
    .filter(
      (r) => r.subsystem === body.subsystem && r.childIdNumber === body.answers.child.idNumber,
    )
    .sort((a, b) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt));
  return same[0] ?? null;
}

/**
 * Submits a draft exactly once (FAQ 8): a double tap, a retry after a timeout, or a reload and
 * retry all carry the same key and the gateway answers them with one registration. The draft is
 * removed from the device only after the gateway confirmed; while the gateway is busy the
 * waiting room shows and the submit goes out again by itself. A refusal's field reasons are kept
 * for the form to show at the fields and in the error summary.
 */
export async function submitEnrollment(
  draftId: string,
  body: SubmitRegistration,
): Promise<Registration> {
  const key = await keyFor(draftId);
  clearServerReasons(draftId);
  try {
    // Noted by the draft's id: a submit left waiting goes on when the parent comes back to it.
    const registration = await throughWaitingRoom(() => submitRegistration(body, key), draftId);
    useDrafts.getState().deleteDraft(draftId);
    return registration;
  } catch (error) {
    if (keyWasReused(error)) {
      const earlier = await earlierSubmission(body).catch(() => null);
      if (earlier) {
        useDrafts.getState().deleteDraft(draftId);
        return earlier;
      }
    } else if (error instanceof GatewayError && error.fields.length > 0) {
      recordServerReasons(draftId, error.fields, body.answers);
    }
    throw error;
  }
}
