import type { HostBridge } from '@/host/host-bridge';

/**
 * A host app that always signs `parentId` in, with a new development ticket each time (the mock
 * gateway accepts a ticket once), for tests that need a session without the sign-on screens.
 */
export function ticketBridge(parentId: string, label: string): HostBridge {
  let nonce = 0;
  return {
    id: 'dev',
    requestTicket: () => {
      nonce += 1;
      return Promise.resolve({ ok: true, ticket: `dev:${parentId}:${label}-${nonce}` });
    },
    signOut: () => Promise.resolve(),
  };
}
