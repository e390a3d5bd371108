/**
 * Control endpoints under `/__mock/`: reset, clock, faults, session expiry, the developer parent
 * picker and a debug summary. No session needed; never any personal data in the answers.
 */
import { formatGatewayTime } from '../model/clock';
import { parseFault } from '../model/faults';
import { expireAllSessions } from '../model/sessions';
import { SEED_PARENTS } from '../seed/parents';
import { failReply, okReply } from '../reply';
import type { HandlerContext, Route } from './context';

function invalid(ctx: HandlerContext, field: string) {
  return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields: [{ field, code: 'invalid' }] });
}

function setClock(ctx: HandlerContext) {
  const body = ctx.req.body as { now?: unknown } | null | undefined;
  const now = body?.now;
  if (now === null || now === undefined) {
    ctx.clock.reset();
  } else if (typeof now === 'string' && Number.isFinite(Date.parse(now))) {
    ctx.clock.set(now);
  } else {
    return invalid(ctx, 'now');
  }
  return okReply(ctx.clock, { now: formatGatewayTime(ctx.clock.now()) });
}

/** Accepts `{ fault: spec | null }` or a bare spec (or null) to make curl use easy. */
function setFault(ctx: HandlerContext) {
  const body = ctx.req.body as Record<string, unknown> | null | undefined;
  const raw = body && typeof body === 'object' && 'fault' in body ? body.fault : body;
  const parsed = parseFault(raw);
  if (!parsed.ok) return invalid(ctx, parsed.field);
  const fault = parsed.fault;
  ctx.state.fault =
    fault?.forSeconds === undefined
      ? fault
      : { ...fault, untilMs: ctx.clock.now() + fault.forSeconds * 1000 };
  return okReply(ctx.clock, { fault: ctx.state.fault });
}

function summarise(ctx: HandlerContext) {
  const now = ctx.clock.now();
  const sessions = [...ctx.state.sessions.values()].map((s) => ({
    parentId: s.parentId,
    expiresAt: formatGatewayTime(s.expiresAt),
    live: now < s.expiresAt,
  }));
  return okReply(ctx.clock, {
    now: formatGatewayTime(now),
    sessions,
    usedTicketCount: ctx.state.usedTickets.size,
    windows: ctx.state.windows,
    fault: ctx.state.fault,
  });
}

const always = () => true;

export const CONTROL_ROUTES: Route[] = [
  {
    method: 'POST',
    pattern: '/__mock/reset',
    exempt: always,
    handler: (ctx) => {
      ctx.state.reset();
      ctx.clock.reset();
      return okReply(ctx.clock, { reset: true });
    },
  },
  { method: 'POST', pattern: '/__mock/clock', exempt: always, handler: setClock },
  { method: 'POST', pattern: '/__mock/faults', exempt: always, handler: setFault },
  {
    method: 'POST',
    pattern: '/__mock/sessions/expire',
    exempt: always,
    handler: (ctx) =>
      okReply(ctx.clock, { expired: expireAllSessions(ctx.state, ctx.clock.now()) }),
  },
  {
    method: 'GET',
    pattern: '/__mock/parents',
    exempt: always,
    handler: (ctx) =>
      okReply(
        ctx.clock,
        SEED_PARENTS.map(({ parentId, label }) => ({ parentId, label })),
      ),
  },
  { method: 'GET', pattern: '/__mock/state', exempt: always, handler: summarise },
];
