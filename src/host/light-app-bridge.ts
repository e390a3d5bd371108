import type { HostId } from '@contract';
import { callBridge, type BridgeReply } from './bridge-call';
import type { HostBridge, TicketResult } from './host-bridge';
import { readTicketAnswer, readTicketFailure, type TicketAnswer } from './light-app-answers';
import type { BridgeCallOptions, LightAppJssdk } from './light-app-jssdk';

export type { LightAppJssdk } from './light-app-jssdk';
export { findLightAppJssdk } from './wait-for-jssdk';

/** Time limits of the bridge calls, in milliseconds. */
export interface LightAppLimits {
  getTicket: number;
  /** The host's login page waits for the parent to type: a generous limit. */
  loginapp: number;
  elderMode: number;
}

export const LIGHT_APP_LIMITS: LightAppLimits = {
  getTicket: 10_000,
  loginapp: 180_000,
  // A host that never answers must not hold the page in the wrong mode for long.
  elderMode: 3_000,
};

/** Finds the bridge for one attempt; answers null when none appeared in time. */
export type LocateJssdk = () => Promise<LightAppJssdk | null>;

/** Reads the host's elder-mode flag from whatever the bridge answered; null unless a boolean. */
export function readElderModeAnswer(result: unknown): boolean | null {
  const elderMode = (result as { elderMode?: unknown } | null)?.elderMode;
  return typeof elderMode === 'boolean' ? elderMode : null;
}

function ticketOf(reply: BridgeReply): TicketAnswer {
  if (reply.kind === 'success') return readTicketAnswer(reply.value);
  if (reply.kind === 'fail') return readTicketFailure(reply.error);
  // The parent is inside the host app: "open this in the app" would be no help here.
  return { ok: false, reason: 'not-answering' };
}

type TicketCall = (options: BridgeCallOptions & { appId?: string }) => void;

function ask(user: object, call: TicketCall, appId: string, timeoutMs: number) {
  return callBridge((callbacks) => call.call(user, { appId, ...callbacks }), timeoutMs).then(
    ticketOf,
  );
}

/**
 * Asks for a ticket; after '未登录' opens the host's login page (`user.loginapp`) and goes on
 * with the ticket it answers. '未登录' a second time stays a not-logged-in failure.
 */
async function requestTicketFrom(
  sdk: LightAppJssdk,
  appId: string,
  limits: LightAppLimits,
): Promise<TicketResult> {
  const { user } = sdk;
  const first = await ask(user, user.getTicket, appId, limits.getTicket);
  if (first.ok || first.reason !== 'not-logged-in') return first;
  const login = user.loginapp;
  if (typeof login !== 'function') return first;
  return ask(user, login, appId, limits.loginapp);
}

async function askElderMode(sdk: LightAppJssdk | null, timeoutMs: number) {
  const device = sdk?.device;
  const ask = device?.getAccessibilitySettings;
  if (typeof ask !== 'function') return null;
  const reply = await callBridge((callbacks) => ask.call(device, callbacks), timeoutMs);
  return reply.kind === 'success' ? readElderModeAnswer(reply.value) : null;
}

/**
 * A host bridge over `lightAppJssdk` for one of the two Love Shandong host apps. `locate` is
 * asked on every attempt, so 重试 looks for a bridge that was not there before.
 */
export function createLightAppBridge(
  id: Extract<HostId, 'ishandong' | 'quancheng'>,
  appId: string,
  locate: LocateJssdk,
  limits: LightAppLimits = LIGHT_APP_LIMITS,
): HostBridge {
  return {
    id,
    async requestTicket() {
      const sdk = await locate();
      if (!sdk) return { ok: false, reason: 'unavailable' };
      return requestTicketFrom(sdk, appId, limits);
    },
    // Signing out of this service must not sign the parent out of the host app.
    signOut: () => Promise.resolve(),
    readElderMode: async () => askElderMode(await locate(), limits.elderMode),
  };
}
