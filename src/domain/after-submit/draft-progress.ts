/** How far a draft has come, for 我的登记 (FAQ 7): sections done of all the journey asks. */
import type { MaterialUploads, Subsystem, VerificationCheck } from '@contract';
import { applyVerification } from '../registration/backfill';
import { withDerivedFacts } from '../registration/derived-facts';
import type { EnrollmentContext, EnrollmentDraft } from '../registration/draft';
import { ENROLLMENT_JOURNEY } from '../registration/journey';
import type { JourneyDefinition } from '../registration/journey-definition';
import { sectionStatus } from '../registration/section-status';
import { TRANSFER_JOURNEY } from '../transfer/transfer-journey';

export interface DraftProgressInput {
  subsystem: Subsystem;
  answers: EnrollmentDraft;
  checks: readonly VerificationCheck[];
  disputed: readonly string[];
  uploads: MaterialUploads;
}

export interface DraftProgress {
  done: number;
  total: number;
}

/** Each subsystem's journey (FAQ 1: two subsystems, one machinery). */
export function journeyOf(subsystem: Subsystem): JourneyDefinition {
  return subsystem === 'transfer' ? TRANSFER_JOURNEY : ENROLLMENT_JOURNEY;
}

/**
 * Counts sections completed or not needed, judged as the task list judges them: on the answers
 * with ID-derived facts and verified values laid over, so a backfilled section counts as done.
 */
export function draftProgress(
  input: DraftProgressInput,
  context: EnrollmentContext,
): DraftProgress {
  const journey = journeyOf(input.subsystem);
  const shown = applyVerification(
    withDerivedFacts(input.answers, context.today),
    input.checks,
    input.disputed,
  ).draft;
  const status = sectionStatus(
    shown,
    context,
    { checks: input.checks, disputedFields: input.disputed, uploads: input.uploads, minPhotos: {} },
    journey,
  );
  const done = journey.sections.filter(
    (id) => status[id] === 'completed' || status[id] === 'not-needed',
  ).length;
  return { done, total: journey.sections.length };
}
