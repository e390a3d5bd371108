/** The status timeline of a submitted registration (FAQ 14; PRODUCT.md, After submit). */
import type { RegistrationStatus, RegistrationSummary } from '@contract';

export type TimelineStepId = 'submitted' | 'system-check' | 'in-review' | 'result';
export type StepState = 'done' | 'current' | 'upcoming';
export type Outcome = Extract<RegistrationStatus, 'passed' | 'returned' | 'not-passed'>;

export interface TimelineStep {
  id: TimelineStepId;
  state: StepState;
  /** When the step was reached (gateway time), null while it is still ahead. */
  at: string | null;
  /** For the result step: which result, once there is one. */
  outcome: Outcome | null;
}

const STEPS: readonly TimelineStepId[] = ['submitted', 'system-check', 'in-review', 'result'];
const OUTCOMES: readonly RegistrationStatus[] = ['passed', 'returned', 'not-passed'];

function stepOf(status: RegistrationStatus): TimelineStepId {
  return OUTCOMES.includes(status) ? 'result' : (status as TimelineStepId);
}

/** Submitted, system check, review by the school or registration point, result: with dates. */
export function statusTimeline(registration: RegistrationSummary): TimelineStep[] {
  const reached = STEPS.indexOf(stepOf(registration.status));
  const finished = reached === STEPS.length - 1;
  return STEPS.map((id, index) => {
    // The latest change into a step counts (a step can be reached again after a correction).
    const change = [...registration.history].reverse().find((c) => stepOf(c.status) === id);
    const state: StepState =
      index < reached || (finished && index === reached)
        ? 'done'
        : index === reached
          ? 'current'
          : 'upcoming';
    const outcome = id === 'result' && finished ? (registration.status as Outcome) : null;
    return { id, state, at: index <= reached ? (change?.at ?? null) : null, outcome };
  });
}
