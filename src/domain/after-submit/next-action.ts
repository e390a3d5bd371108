/** The one next thing a parent should do for each registration in 我的登记 (FAQ 10, 14). */
import type { RegistrationSummary } from '@contract';
import type { WindowState } from '../season/window-state';
import { allowedActions } from './allowed-actions';

export type NextAction =
  | 'book-appointment'
  | 'attend-appointment'
  | 'fix-and-resubmit'
  | 'correction-expired'
  | 'wait-for-review'
  | 'wait-for-call'
  | 'not-passed'
  | 'view-only';

/** Picks the most urgent step: a correction first, then the on-site appointment, then waiting. */
export function nextAction(
  registration: RegistrationSummary,
  window: WindowState,
  now: number,
): NextAction {
  const allowed = allowedActions(registration, window, now);
  const { status, needsOnSiteAppointment, appointment } = registration;
  if (status === 'returned') return allowed.resubmit ? 'fix-and-resubmit' : 'correction-expired';
  if (status === 'passed') return 'wait-for-call';
  if (status === 'not-passed') return 'not-passed';
  if (allowed.book) return 'book-appointment';
  if (needsOnSiteAppointment && appointment !== null) return 'attend-appointment';
  return window.phase === 'closed' && !needsOnSiteAppointment ? 'view-only' : 'wait-for-review';
}
