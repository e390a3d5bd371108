import { parseInstant } from './instant';

/** A registration window in the gateway's clock (ISO 8601 with offset); closesAt is exclusive. */
export type RegistrationWindow = { opensAt: string; closesAt: string };

export type WindowState =
  | { phase: 'not-open'; opensAt: string }
  | { phase: 'open'; closesAt: string }
  | { phase: 'closed'; closedAt: string };

function requireInstant(value: string, name: string): number {
  const ms = parseInstant(value);
  if (ms === null) throw new RangeError(`${name} is not an ISO 8601 date-time with offset`);
  return ms;
}

/** Places server time in a gateway window: opensAt inclusive, closesAt exclusive (PRODUCT.md). */
export function getWindowState(
  registrationWindow: RegistrationWindow,
  serverNow: string | number,
): WindowState {
  // A malformed window or time breaks the gateway contract: RangeError, not a reason code.
  const { opensAt, closesAt } = registrationWindow;
  const opens = requireInstant(opensAt, 'opensAt');
  const closes = requireInstant(closesAt, 'closesAt');
  if (closes <= opens) throw new RangeError('closesAt must be after opensAt');
  const now = typeof serverNow === 'number' ? serverNow : requireInstant(serverNow, 'serverNow');
  if (!Number.isFinite(now)) throw new RangeError('serverNow must be a finite epoch ms');
  if (now < opens) return { phase: 'not-open', opensAt };
  if (now < closes) return { phase: 'open', closesAt };
  return { phase: 'closed', closedAt: closesAt };
}

/** Parents may fill, change or delete a registration only while its window is open (PRODUCT.md). */
export function canEdit(state: WindowState): boolean {
  return state.phase === 'open';
}
