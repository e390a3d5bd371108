import { SessionGrantSchema, type SessionGrant } from '@contract';
import type { HostBridge } from '@/host/host-bridge';
import { gateway } from './gateway-client';
import { parserOf } from './enrollment-parsers';

const parseGrant = parserOf(SessionGrantSchema);

/** Exchanges the host's one-time ticket for a session token and the parent's profile. */
export function exchangeTicket(host: HostBridge['id'], ticket: string): Promise<SessionGrant> {
  return gateway().call({
    method: 'POST',
    path: '/session',
    body: { host, ticket },
    parse: parseGrant,
    authenticated: false,
  });
}

/** Ends the session at the gateway; the token is forgotten by the caller either way. */
export function endSession(): Promise<unknown> {
  return gateway().call({
    method: 'DELETE',
    path: '/session',
    parse: (data) => data ?? {},
    // An expired session is as good as ended: never ask the host to sign in just to sign out.
    renewOnExpiry: false,
  });
}
