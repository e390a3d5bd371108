import type { SubmitRegistration, Verification } from '@contract';
import { fetchVerification } from '@/api/enrollment-api';
import { applyVerification } from '@/domain/registration/backfill';
import { withDerivedFacts } from '@/domain/registration/derived-facts';
import { requiredMaterials } from '@/domain/registration/materials';
import {
  verificationRequestFor,
  verificationRequestKey,
} from '@/domain/registration/verification-request';
import { journeyOf } from '@/domain/after-submit/draft-progress';
import {
  draftFromSubmission,
  reattachPhotos,
  withoutVerified,
} from '@/domain/after-submit/refill-draft';
import type { VerificationSnapshot } from './draft-record';
import { useDrafts } from './draft-store';
import { ensureVerification } from './verification-runner';

/** The finished job the registration was submitted with, if the gateway still has it. */
async function finishedJob(id: string | null): Promise<Verification | null> {
  if (!id) return null;
  try {
    const job = await fetchVerification(id);
    return job.status === 'done' ? job : null;
  } catch {
    // Gone or unreachable: a fresh job is run instead.
    return null;
  }
}

/**
 * A new draft from a submitted registration (FAQ 8: delete and fill again; FAQ 14: correct a
 * returned one): verified answers stay verified, with their 自动回填 source and date, the photos
 * the gateway holds are attached again, and a correction keeps its link. Where the gateway no
 * longer has the verification, a fresh job runs by itself and shows on the form.
 */
export async function startRefill(
  submission: SubmitRegistration,
  replaces: string | null,
  today: string,
): Promise<string> {
  const disputed = [...submission.disputedFields];
  const job = await finishedJob(submission.verificationId);
  const checks = job?.checks ?? [];
  const answers = withoutVerified(draftFromSubmission(submission), checks, disputed);
  const request = verificationRequestFor(answers, today);
  const verification: VerificationSnapshot | null =
    job && request
      ? {
          id: job.id,
          status: job.status,
          progress: job.progress,
          checks,
          requestKey: verificationRequestKey(request),
        }
      : null;
  const journey = journeyOf(submission.subsystem);
  const shown = applyVerification(withDerivedFacts(answers, today), checks, disputed).draft;
  const photos = reattachPhotos(
    requiredMaterials(shown, checks, disputed, journey),
    submission.materials,
  );
  const id = useDrafts.getState().createDraft(submission.subsystem, answers, replaces, {
    verification,
    disputed,
    uploads: photos.uploads,
    materialKinds: photos.kinds,
  });
  if (!verification && request) ensureVerification(id, request);
  return id;
}
