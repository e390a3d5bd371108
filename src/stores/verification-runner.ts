import type { Verification, VerificationRequest } from '@contract';
import { fetchVerification, startVerification } from '@/api/enrollment-api';
import { gatewayPatience } from '@/api/gateway-client';
import { isLoadShedding, untilServed } from '@/api/load-shedding';
import { nextPollDelayMs } from '@/api/poll-policy';
import { verificationRequestKey } from '@/domain/registration/verification-request';
import type { VerificationSnapshot } from './draft-record';
import { useDrafts } from './draft-store';

/** Polls without progress for this long count as a stall, even if the gateway says running (FAQ 9). */
const STALL_AFTER_MS = 20_000;

// One polling loop per draft; a newer job for the same draft ends the older loop.
const loops = new Map<string, symbol>();

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Saves a job's state into the draft. While a newer job still checks a source, the older job's
 * verified result for it stays, so backfilled answers do not blink out and back.
 */
function record(draftId: string, snapshot: VerificationSnapshot) {
  useDrafts.getState().updateDraft(draftId, (draft) => {
    const previous = draft.verification?.checks ?? [];
    const checks = snapshot.checks.map((check) => {
      const earlier = previous.find((old) => old.source === check.source);
      return check.status === 'pending' && earlier?.status === 'verified' ? earlier : check;
    });
    return { ...draft, verification: { ...snapshot, checks } };
  });
}

function snapshotOf(job: Verification, requestKey: string): VerificationSnapshot {
  return { id: job.id, status: job.status, progress: job.progress, checks: job.checks, requestKey };
}

async function poll(draftId: string, job: Verification, requestKey: string, loop: symbol) {
  let current = job;
  let lastProgressAt = Date.now();
  let quiet = 0;
  while (current.status === 'running' && loops.get(draftId) === loop) {
    await wait(nextPollDelayMs(current.pollAfterMs, quiet));
    if (loops.get(draftId) !== loop) return;
    let next: Verification;
    try {
      next = await fetchVerification(current.id);
    } catch (error) {
      // A gateway shedding load is asked again at the next poll; the job runs on meanwhile.
      if (isLoadShedding(error)) {
        quiet += 1;
        continue;
      }
      // Other trouble while polling is a jam too: the parent may retry or go on by hand.
      record(draftId, { ...snapshotOf(current, requestKey), status: 'failed' });
      return;
    }
    if (next.progress > current.progress) {
      lastProgressAt = Date.now();
      quiet = 0;
    } else {
      quiet += 1;
    }
    current =
      next.status === 'running' && Date.now() - lastProgressAt > STALL_AFTER_MS
        ? { ...next, status: 'stalled' }
        : next;
    record(draftId, snapshotOf(current, requestKey));
  }
  if (loops.get(draftId) === loop) loops.delete(draftId);
}

/**
 * Runs big-data verification for a draft (FAQ 5, 9): starts a job for these identifiers unless
 * one already ran or runs for them, then polls it, saving each state into the draft, so the
 * progress survives a reload and nothing the parent types waits for it.
 */
export function ensureVerification(draftId: string, request: VerificationRequest, force = false) {
  const key = verificationRequestKey(request);
  const existing = useDrafts.getState().drafts[draftId]?.verification;
  if (!force && existing?.requestKey === key && existing.status !== 'failed') {
    if (existing.status === 'running' && !loops.has(draftId)) void resume(draftId, existing);
    return;
  }
  const loop = Symbol(draftId);
  loops.set(draftId, loop);
  // A start turned away under load was not taken: it is tried again when the gateway says.
  const start = untilServed(() => startVerification(request), {
    ...gatewayPatience(),
    cancelled: () => loops.get(draftId) !== loop,
  });
  void start.then(
    (job) => {
      if (loops.get(draftId) !== loop) return;
      record(draftId, snapshotOf(job, key));
      void poll(draftId, job, key, loop);
    },
    () => {
      if (loops.get(draftId) !== loop) return;
      loops.delete(draftId);
      record(draftId, { id: '', status: 'failed', progress: 0, checks: [], requestKey: key });
    },
  );
}

async function resume(draftId: string, snapshot: VerificationSnapshot) {
  const loop = Symbol(draftId);
  loops.set(draftId, loop);
  const job: Verification = { ...snapshot, status: 'running', pollAfterMs: 0 };
  await poll(draftId, job, snapshot.requestKey, loop);
}
