/** Helpers for the mock's own tests: call the router and read its replies without ceremony. */
import { SESSION_HEADER, type ApiEnvelope, type SessionGrant } from '../types';
import type { MockHostId } from './model/sessions';
import type { MockReply, MockRequest } from './reply';
import type { MockGateway } from './router';

export interface CallOptions {
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

/** Sends one request to the router, as an adapter would. */
export function call(
  gateway: MockGateway,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<MockReply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers[SESSION_HEADER.toLowerCase()] = options.token;
  const req: MockRequest = {
    method,
    path,
    query: options.query ?? {},
    headers,
    body: options.body,
  };
  return gateway.handle(req);
}

export interface JsonReply<T> {
  status: number;
  headers: Record<string, string>;
  body: ApiEnvelope<T>;
}

/** Narrows a reply to an HTTP answer, failing the test on network-error or hang. */
export function asResponse<T = unknown>(reply: MockReply): JsonReply<T> {
  if (reply.kind !== 'response') throw new Error(`expected a response, got ${reply.kind}`);
  return reply as JsonReply<T>;
}

/** The data of a success envelope, failing the test otherwise. */
export function dataOf<T>(reply: MockReply): T {
  const { body } = asResponse<T>(reply);
  if (!body.ok) throw new Error(`expected success, got ${body.error.code}`);
  return body.data;
}

/** The error code of a failure envelope (undefined on success). */
export function errorCodeOf(reply: MockReply): string | undefined {
  const { body } = asResponse(reply);
  return body.ok ? undefined : body.error.code;
}

let nonce = 0;

/** A fresh one-time ticket for a seeded parent, in the mock identity service's format. */
export function ticketFor(parentId: string, host: MockHostId = 'dev'): string {
  nonce += 1;
  return `${host}:${parentId}:n${nonce}`;
}

/** Signs a seeded parent in and answers the grant. */
export async function signIn(
  gateway: MockGateway,
  parentId = 'p-all-verified',
  host: MockHostId = 'dev',
): Promise<SessionGrant> {
  const reply = await call(gateway, 'POST', '/session', {
    body: { host, ticket: ticketFor(parentId, host) },
  });
  return dataOf<SessionGrant>(reply);
}
