/** `POST /session` and `DELETE /session`: the host ticket exchange and sign-out. */
import type { SessionGrant } from '../../types';
import { formatGatewayTime } from '../model/clock';
import { draftsOf, storageKeyFor } from '../model/drafts';
import { issueSession, parseSessionRequest, readTicketParentId } from '../model/sessions';
import { findSeedParent, toParentProfile } from '../seed/parents';
import { failReply, okReply, type MockRequest } from '../reply';
import { sessionToken, type HandlerContext, type Route } from './context';

function isDevSignOn(req: MockRequest): boolean {
  return (req.body as { host?: unknown } | null)?.host === 'dev';
}

function rejectTicket(ctx: HandlerContext, detail: string) {
  return failReply(ctx.clock, 401, 'TICKET_REJECTED', { detail });
}

function createSession(ctx: HandlerContext) {
  const parsed = parseSessionRequest(ctx.req.body, ctx.state);
  if (!parsed.ok) return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields: parsed.fields });
  const { ticket } = parsed.request;
  const parentId = readTicketParentId(parsed.request);
  if (parentId === null) return rejectTicket(ctx, 'malformed ticket or wrong host');
  if (ctx.state.usedTickets.has(ticket)) return rejectTicket(ctx, 'ticket already used');
  const parent = findSeedParent(parentId);
  if (!parent) return rejectTicket(ctx, 'unknown subject');
  ctx.state.usedTickets.add(ticket);
  const token = issueSession(ctx.state, parent.parentId, ctx.clock.now());
  const expiresAt = ctx.state.sessions.get(token)?.expiresAt ?? ctx.clock.now();
  const grant: SessionGrant = {
    token,
    expiresAt: formatGatewayTime(expiresAt),
    profile: toParentProfile(parent),
    storageKey: storageKeyFor(parent.parentId),
    draftCounts: {
      enrollment: draftsOf(ctx.state.drafts, parent.parentId, 'enrollment').length,
      transfer: draftsOf(ctx.state.drafts, parent.parentId, 'transfer').length,
    },
  };
  return okReply(ctx.clock, grant);
}

/** Sign-out is idempotent: an unknown or missing token still answers signedOut. */
function deleteSession(ctx: HandlerContext) {
  const token = sessionToken(ctx.req);
  if (token) ctx.state.sessions.delete(token);
  return okReply(ctx.clock, { signedOut: true as const });
}

export const SESSION_ROUTES: Route[] = [
  { method: 'POST', pattern: '/session', handler: createSession, exempt: isDevSignOn },
  { method: 'DELETE', pattern: '/session', handler: deleteSession },
];
