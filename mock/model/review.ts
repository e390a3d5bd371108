/** Moving a registration through review (FAQ 14): system check, review, and the result. */
import type { RegistrationStatus } from '../../types';

/** `POST /__mock/registrations/:id/advance` (mock control and test hook; not in the contract). */
export interface AdvanceReview {
  to: Extract<
    RegistrationStatus,
    'system-check' | 'in-review' | 'passed' | 'returned' | 'not-passed'
  >;
  reason?: string;
  deadline?: string;
  /** The form section the reviewer wants changed (e.g. 'residence'), when they named one. */
  section?: string;
}
import { formatGatewayTime } from './clock';
import type { RegistrationRecord } from './enrollment-state';

const TARGETS: readonly AdvanceReview['to'][] = [
  'system-check',
  'in-review',
  'passed',
  'returned',
  'not-passed',
];

/** Statuses from which review goes on; a result ends it. */
const ONGOING: readonly RegistrationStatus[] = ['submitted', 'system-check', 'in-review'];

const DAY_MS = 24 * 60 * 60 * 1000;

export type AdvanceProblem = { field: 'to' | 'reason' | 'deadline'; code: string };

/** Reads an advance request; a returned registration needs a reason, a deadline defaults to 3 days. */
export function parseAdvance(body: unknown, now: number): AdvanceReview | AdvanceProblem {
  const raw = (body ?? {}) as Record<string, unknown>;
  const to = raw.to as AdvanceReview['to'];
  if (!TARGETS.includes(to)) return { field: 'to', code: 'invalid' };
  const reason = typeof raw.reason === 'string' ? raw.reason.trim() : '';
  if (to === 'returned' && reason === '') return { field: 'reason', code: 'required' };
  if (raw.deadline !== undefined && !Number.isFinite(Date.parse(String(raw.deadline)))) {
    return { field: 'deadline', code: 'invalid' };
  }
  const deadline =
    typeof raw.deadline === 'string' ? raw.deadline : formatGatewayTime(now + 3 * DAY_MS);
  const section = typeof raw.section === 'string' && raw.section ? { section: raw.section } : {};
  return { to, reason, deadline, ...section };
}

/** Applies a review step; the steps in between are recorded too, so the timeline has no gaps. */
export function advanceRecord(
  record: RegistrationRecord,
  step: AdvanceReview,
  now: number,
): boolean {
  if (!ONGOING.includes(record.registration.status)) return false;
  const at = formatGatewayTime(now);
  const order: RegistrationStatus[] = ['submitted', 'system-check', 'in-review'];
  const from = order.indexOf(record.registration.status);
  const upTo = step.to === 'system-check' ? 1 : 2;
  for (const status of order.slice(from + 1, upTo + 1)) record.history.push({ status, at });
  if (step.to !== 'system-check' && step.to !== 'in-review') {
    record.history.push({ status: step.to, at });
  }
  record.registration.status = step.to;
  record.correction =
    step.to === 'returned'
      ? { reason: step.reason ?? '', deadline: step.deadline ?? at, section: step.section ?? null }
      : null;
  record.resultNote = step.to === 'not-passed' && step.reason ? step.reason : null;
  return true;
}
