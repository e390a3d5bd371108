/** What every route handler gets, and the session guard the protected routes share. */
import { SESSION_HEADER } from '../../types';
import type { MockClock } from '../model/clock';
import { lookUpSession } from '../model/sessions';
import type { GatewayState, SessionRecord } from '../model/state';
import { failReply, type MockReply, type MockRequest } from '../reply';

export interface HandlerContext {
  req: MockRequest;
  /** Named path segments, e.g. { id } for '/notices/:id'. */
  params: Record<string, string>;
  state: GatewayState;
  clock: MockClock;
}

export type RouteHandler = (ctx: HandlerContext) => MockReply | Promise<MockReply>;

/** The token a request presents in the session header, if any. */
export function sessionToken(req: MockRequest): string | undefined {
  return req.headers[SESSION_HEADER.toLowerCase()] || undefined;
}

/** Answers the caller's live session, or the 401 SESSION_EXPIRED reply the gateway would send. */
export function requireSession(ctx: HandlerContext): SessionRecord | MockReply {
  const lookup = lookUpSession(ctx.state, sessionToken(ctx.req), ctx.clock.now());
  if (lookup.status === 'ok') return lookup.session;
  return failReply(ctx.clock, 401, 'SESSION_EXPIRED', { detail: `session ${lookup.status}` });
}

/** Wraps a handler so it runs only for a live session. */
export function withSession(
  handler: (ctx: HandlerContext, session: SessionRecord) => MockReply,
): RouteHandler {
  return (ctx) => {
    const session = requireSession(ctx);
    return 'kind' in session ? session : handler(ctx, session);
  };
}

export interface Route {
  method: string;
  /** Path pattern with ':name' segments, e.g. '/notices/:id'. */
  pattern: string;
  handler: RouteHandler;
  /** Exempt from faults unless a fault's pathPrefix names the path (control, dev sign-on). */
  exempt?: (req: MockRequest) => boolean;
}
