/** Where the gateway's clock stands against a registration window (PRODUCT.md, windows). */
import type { RegistrationWindow } from '../../types';

export type WindowPhase = 'before' | 'open' | 'closed';

/** Before opensAt, open until closesAt (exclusive), closed afterwards; by the mock clock. */
export function windowPhase(window: RegistrationWindow, now: number): WindowPhase {
  if (now < Date.parse(window.opensAt)) return 'before';
  return now < Date.parse(window.closesAt) ? 'open' : 'closed';
}

/** The refusal code for a phase that does not allow changes, or null when open. */
export function windowRefusalCode(phase: WindowPhase): 'WINDOW_NOT_OPEN' | 'WINDOW_CLOSED' | null {
  if (phase === 'before') return 'WINDOW_NOT_OPEN';
  return phase === 'closed' ? 'WINDOW_CLOSED' : null;
}
