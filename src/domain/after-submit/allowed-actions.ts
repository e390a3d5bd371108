/**
 * What a parent may do with a submitted registration, by window state (FAQ 8): while the window
 * is open, delete and fill again; after it closes, view only. The gateway enforces the same.
 */
import type { RegistrationSummary } from '@contract';
import type { WindowState } from '../season/window-state';

export type Blocked = 'window-closed' | 'window-not-open' | null;

export interface AllowedActions {
  /** 删除信息, then fill again from the deleted content. */
  delete: boolean;
  /** Fix the named fields and resubmit a returned registration, before its deadline. */
  resubmit: boolean;
  /** 预约现场登记: book, reschedule or cancel (FAQ 10). */
  book: boolean;
  reschedule: boolean;
  cancel: boolean;
  /** Why changes are not possible at all, for the screen to say so. */
  blocked: Blocked;
}

const FINISHED_FOR_APPOINTMENT = ['passed', 'not-passed'];

/** The actions a screen may offer: never one the gateway would refuse (PRODUCT.md). */
export function allowedActions(
  registration: RegistrationSummary,
  window: WindowState,
  now: number,
): AllowedActions {
  const open = window.phase === 'open';
  const blocked: Blocked = open
    ? null
    : window.phase === 'closed'
      ? 'window-closed'
      : 'window-not-open';
  const { correction, status, needsOnSiteAppointment, appointment } = registration;
  const beforeDeadline = correction !== null && now < Date.parse(correction.deadline);
  const canAppoint = open && needsOnSiteAppointment && !FINISHED_FOR_APPOINTMENT.includes(status);
  return {
    delete: open,
    resubmit: open && status === 'returned' && beforeDeadline,
    book: canAppoint && appointment === null,
    reschedule: canAppoint && appointment !== null,
    cancel: canAppoint && appointment !== null,
    blocked,
  };
}
