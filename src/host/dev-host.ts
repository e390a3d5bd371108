import type { HostBridge, TicketFailure, TicketResult } from './host-bridge';

/** Where the development host remembers which seeded parent was picked. */
export interface DevHostMemory {
  get(): string | null;
  set(parentId: string | null): void;
}

export interface DevHost extends HostBridge {
  /** Signs in as a seeded parent of the mock gateway on the next ticket request. */
  choose(parentId: string): void;
}

const FAILURES: readonly TicketFailure[] = [
  'not-logged-in',
  'cancelled',
  'refused',
  'legal-person',
  'unavailable',
  'not-answering',
];

function randomNonce(): string {
  return Math.random().toString(36).slice(2, 12);
}

/**
 * The development host, for local use and tests: it hands out `dev:` tickets that the mock gateway
 * accepts for a picked seeded parent. `simulateFailure` makes its first request fail the way a
 * real host can, so every sign-on failure screen can be seen; `elderMode` plays the host app's
 * elder-friendly setting.
 */
export function createDevHost(
  memory: DevHostMemory,
  simulateFailure?: string | null,
  elderMode: boolean | null = null,
): DevHost {
  let pendingFailure = FAILURES.find((reason) => reason === simulateFailure) ?? null;
  return {
    id: 'dev',
    choose(parentId) {
      memory.set(parentId);
    },
    requestTicket(): Promise<TicketResult> {
      if (pendingFailure) {
        const reason = pendingFailure;
        pendingFailure = null;
        return Promise.resolve({ ok: false, reason });
      }
      const parentId = memory.get();
      if (!parentId) return Promise.resolve({ ok: false, reason: 'choose-parent' });
      return Promise.resolve({ ok: true, ticket: `dev:${parentId}:${randomNonce()}` });
    },
    signOut() {
      memory.set(null);
      return Promise.resolve();
    },
    readElderMode: () => Promise.resolve(elderMode),
  };
}

/** A memory that lives as long as the page (the weapp dev build and tests). */
export function createVolatileMemory(initial: string | null = null): DevHostMemory {
  let value = initial;
  return {
    get: () => value,
    set: (next) => {
      value = next;
    },
  };
}
