import type { HostId } from '@contract';

/**
 * Why the host gave no ticket. Each has its own screen (PRODUCT.md, Identity):
 * - not-logged-in: the parent has not signed in to the host app;
 * - cancelled: the parent closed the host's login;
 * - refused: the parent refused to authorise this service;
 * - legal-person: the host account is a legal-person (法人) account, which cannot register a child;
 * - unavailable: no host bridge here (opened outside the host apps) or it failed;
 * - not-answering: the host's bridge is there but threw or did not answer in time;
 * - choose-parent: the development host waits for a seeded parent to be picked.
 */
export type TicketFailure =
  | 'not-logged-in'
  | 'cancelled'
  | 'refused'
  | 'legal-person'
  | 'unavailable'
  | 'not-answering'
  | 'choose-parent';

export type TicketResult = { ok: true; ticket: string } | { ok: false; reason: TicketFailure };

/** What the app needs from the host that embeds it. */
export interface HostBridge {
  /** A production host, or 'dev': local builds' development host, answered by the mock only. */
  readonly id: HostId | 'dev';
  /** Asks the host for a one-time sign-on ticket (no password, no form: the host signs in). */
  requestTicket(): Promise<TicketResult>;
  /** Tells the host the parent signed out of this service, where the host cares. */
  signOut(): Promise<void>;
  /**
   * The host app's elder-friendly (适老化) setting, where the host reports one; null when it does
   * not, so the app's own default applies.
   */
  readElderMode?(): Promise<boolean | null>;
}

/** Maps the plain failure strings hosts return ("not logged in", "用户取消", ...) to a reason. */
export function classifyHostFailure(failure: unknown): TicketFailure {
  // Bridges report failures as plain strings or as objects with errMsg, message or msg.
  const fields =
    typeof failure === 'object' && failure !== null ? (failure as Record<string, unknown>) : {};
  const text = String(fields.errMsg ?? fields.message ?? fields.msg ?? failure).toLowerCase();
  if (/not logged|未登录|no login|unlogin/.test(text)) return 'not-logged-in';
  if (/cancel|取消/.test(text)) return 'cancelled';
  if (/refus|deny|denied|reject|拒绝|未授权/.test(text)) return 'refused';
  return 'unavailable';
}
