import type { ParentProfile, Subsystem } from '@contract';
import { create } from 'zustand';
import { GatewayError, type FailureCode } from '@/api/gateway-error';
import { configureGateway } from '@/api/gateway-client';
import { exchangeTicket, endSession } from '@/api/session-api';
import type { DevHost } from '@/host/dev-host';
import type { HostBridge, TicketFailure, TicketResult } from '@/host/host-bridge';

/**
 * 'app-fault': sign-on failed inside the app (a bug, a built-in the webview lacks), not on the
 * network nor at the gateway; shown as such, so a parent is not sent to check a working network.
 */
export type SignOnFailure = TicketFailure | FailureCode | 'app-fault';

export interface SessionState {
  status: 'idle' | 'signing-in' | 'signed-in' | 'failed';
  profile: ParentProfile | null;
  failure: SignOnFailure | null;
  /** Set when a renewal in the middle of use failed; the screen underneath stays as it was. */
  renewalFailure: SignOnFailure | null;
  signIn(): Promise<void>;
  /** Renews an expired session through the host; the transport replays the failed call. */
  renew(): Promise<boolean>;
  chooseDevParent(parentId: string): Promise<void>;
  signOut(): Promise<void>;
}

// The token lives in memory only, outside the store's state, so nothing can persist or print it.
let token: string | null = null;
// The parent's drafts key (FAQ 7) is held like the token: in memory only, never stored.
let storageKey: string | null = null;
// What the sign-in said of the parent's drafts on the gateway, each subsystem's read once.
let draftCounts: Partial<Record<Subsystem, number>> = {};
let host: HostBridge | null = null;

/** Forgets everything the last sign-in handed out (memory only, nothing was stored). */
function forgetGrant(): void {
  token = null;
  storageKey = null;
  draftCounts = {};
}
let renewal: Promise<boolean> | null = null;
let signingIn: Promise<void> | null = null;

type Outcome = { ok: true; profile: ParentProfile } | { ok: false; failure: SignOnFailure };

async function askHost(bridge: HostBridge): Promise<TicketResult> {
  try {
    return await bridge.requestTicket();
  } catch {
    // A host bridge that throws is a host that cannot sign the parent in here.
    return { ok: false, reason: 'unavailable' };
  }
}

async function obtainSession(bridge: HostBridge): Promise<Outcome> {
  const ticket = await askHost(bridge);
  if (!ticket.ok) return { ok: false, failure: ticket.reason };
  try {
    const grant = await exchangeTicket(bridge.id, ticket.ticket);
    token = grant.token;
    storageKey = grant.storageKey;
    draftCounts = { ...grant.draftCounts };
    return { ok: true, profile: grant.profile };
  } catch (error) {
    // The transport turns every network and gateway failure into a GatewayError: anything else
    // thrown here is the app's own fault. Nothing of it is logged: it may carry the ticket.
    return { ok: false, failure: error instanceof GatewayError ? error.code : 'app-fault' };
  }
}

/**
 * Runs `attempt` and clears the shared slot when it ends, however it ends: a slot left holding a
 * settled or rejected promise would hand that stale result to every later caller.
 */
function shared<T>(attempt: Promise<T>, clear: (attempt: Promise<T>) => void): Promise<T> {
  const done = () => clear(attempt);
  attempt.then(done, done);
  return attempt;
}

/** The signed-in parent; one session per app start, renewed through the host when it expires. */
export const useSession = create<SessionState>()((set, get) => ({
  status: 'idle',
  profile: null,
  failure: null,
  renewalFailure: null,
  signIn() {
    if (!host) return Promise.reject(new Error('startSession() must run before signIn()'));
    const bridge = host;
    // Several gates on screen share one sign-in: one ticket, one exchange.
    signingIn ??= shared(
      (async () => {
        set({ status: 'signing-in', failure: null });
        const outcome = await obtainSession(bridge);
        set(
          outcome.ok
            ? { status: 'signed-in', profile: outcome.profile, failure: null, renewalFailure: null }
            : { status: 'failed', failure: outcome.failure },
        );
      })(),
      (attempt) => {
        if (signingIn === attempt) signingIn = null;
      },
    );
    return signingIn;
  },
  renew() {
    if (!host) return Promise.resolve(false);
    const bridge = host;
    renewal ??= shared(obtainSession(bridge).then(applyRenewal), (attempt) => {
      if (renewal === attempt) renewal = null;
    });
    return renewal;

    function applyRenewal(outcome: Outcome): boolean {
      const previous = get().profile;
      if (outcome.ok && previous && outcome.profile.parentId !== previous.parentId) {
        // A different parent came back from the host: never show one parent's data to another.
        forgetGrant();
        set({ status: 'idle', profile: null, renewalFailure: null });
        return false;
      }
      set(
        outcome.ok
          ? { profile: outcome.profile, renewalFailure: null }
          : { renewalFailure: outcome.failure },
      );
      return outcome.ok;
    }
  },
  async chooseDevParent(parentId) {
    (host as DevHost | null)?.choose?.(parentId);
    await get().signIn();
  },
  async signOut() {
    await endSession().catch(() => undefined);
    forgetGrant();
    await host?.signOut();
    set({ status: 'idle', profile: null, failure: null, renewalFailure: null });
  },
}));

/**
 * How many drafts of `subsystem` the gateway held when the parent signed in, once: later asks
 * answer null (unknown), as the parent may have saved one since on another phone (FAQ 7).
 */
export function takeDraftCountAtSignIn(subsystem: Subsystem): number | null {
  const known = draftCounts[subsystem];
  delete draftCounts[subsystem];
  return known ?? null;
}

/** Connects the session to the gateway client and the host bridge; called once at start-up. */
export function startSession(bridge: HostBridge): void {
  host = bridge;
  forgetGrant();
  configureGateway({
    session: { getToken: () => token, renew: () => useSession.getState().renew() },
  });
}

/** The signed-in parent's drafts key from the gateway (FAQ 7: drafts encrypted per parent). */
export function sessionStorageKey(): string | null {
  return storageKey;
}

/** True when this build signs in through the development host (mock builds and tests). */
export function usesDevHost(): boolean {
  return host?.id === 'dev';
}
