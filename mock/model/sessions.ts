/** Sign-on rules of the gateway: one-time host tickets, 30-minute tokens (PRODUCT.md, Identity). */
import * as v from 'valibot';
import { oneOf, readRequest, type FieldProblem, type HostId } from '../../types';
import { PRODUCTION_HOSTS, SessionRequestSchema } from '../../types/schemas/requests';
import type { GatewayState, SessionRecord } from './state';

export const SESSION_TTL_MS = 30 * 60 * 1000;

/** The production hosts, and the development host only the mock answers. */
export type MockHostId = HostId | 'dev';

/** `POST /session` as the mock reads it: the contract's body, or the development host's. */
export interface MockSessionRequest {
  host: MockHostId;
  ticket: string;
}

const MockSessionRequestSchema = v.object(
  {
    host: oneOf([...PRODUCTION_HOSTS, 'dev'] as const),
    ticket: SessionRequestSchema.entries.ticket,
  },
  'invalid',
);

export type ParsedSessionRequest =
  { ok: true; request: MockSessionRequest } | { ok: false; fields: FieldProblem[] };

// Gateways that answer production hosts only, as a real one does (the conformance suite's mock).
const productionOnly = new WeakSet<GatewayState>();

/** Makes this gateway refuse the development host, as a production gateway does. */
export function refuseDevelopmentHost(state: GatewayState): void {
  productionOnly.add(state);
}

/**
 * Validates a `POST /session` body the way the gateway does before asking the identity service:
 * the contract's schema, or the mock's with the development host where that is accepted.
 */
export function parseSessionRequest(body: unknown, state?: GatewayState): ParsedSessionRequest {
  const production = state !== undefined && productionOnly.has(state);
  // No body, or one that is not an object, names the two fields it lacks.
  const fields = typeof body === 'object' && body !== null ? body : {};
  const read = production
    ? readRequest(SessionRequestSchema, fields)
    : readRequest(MockSessionRequestSchema, fields);
  return read.ok ? { ok: true, request: read.value } : { ok: false, fields: read.problems };
}

/**
 * Stands in for the province identity service: a ticket `<host>:<parentId>:<nonce>` names the
 * parent it was issued for (`dev:<parentId>:<nonce>` for the development host). Null if malformed.
 */
export function readTicketParentId(request: MockSessionRequest): string | null {
  const parts = request.ticket.split(':');
  if (parts.length !== 3 || parts.some((part) => part === '')) return null;
  const [host, parentId] = parts;
  return host === request.host && parentId !== undefined ? parentId : null;
}

/** A token nobody can guess; crypto.randomUUID where the runtime has it. */
export function createToken(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  if (uuid) return uuid;
  const chunk = () => Math.random().toString(16).slice(2, 10).padEnd(8, '0');
  return `${chunk()}-${chunk()}-${chunk()}-${chunk()}`;
}

/** Records a new session for a parent and answers its token. */
export function issueSession(state: GatewayState, parentId: string, now: number): string {
  const token = createToken();
  state.sessions.set(token, { parentId, expiresAt: now + SESSION_TTL_MS });
  return token;
}

export type SessionLookup =
  { status: 'ok'; session: SessionRecord } | { status: 'missing' | 'unknown' | 'expired' };

/** Finds the session a request presents, judging expiry by the mock clock. */
export function lookUpSession(
  state: GatewayState,
  token: string | undefined,
  now: number,
): SessionLookup {
  if (!token) return { status: 'missing' };
  const session = state.sessions.get(token);
  if (!session) return { status: 'unknown' };
  if (now >= session.expiresAt) return { status: 'expired' };
  return { status: 'ok', session };
}

/** Makes one token expire now (the 'expire-session' fault). */
export function expireSession(state: GatewayState, token: string | undefined, now: number): void {
  const session = token ? state.sessions.get(token) : undefined;
  if (session) session.expiresAt = Math.min(session.expiresAt, now);
}

/** Makes every live token expire now; answers how many were live. */
export function expireAllSessions(state: GatewayState, now: number): number {
  let expired = 0;
  for (const session of state.sessions.values()) {
    if (session.expiresAt > now) {
      session.expiresAt = now;
      expired += 1;
    }
  }
  return expired;
}
