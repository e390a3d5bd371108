/** `GET/PUT/DELETE /drafts` (FAQ 7): server copies of drafts, versioned with If-Match. */
import { DRAFT_PAYLOAD_LIMIT, IF_MATCH_HEADER, readRequest, type Subsystem } from '../../types';
import { PutDraftBodySchema } from '../../types/schemas/requests';
import { deleteDraft, draftsOf, isEnded, putDraft } from '../model/drafts';
import { formatGatewayTime } from '../model/clock';
import type { SessionRecord } from '../model/state';
import { windowPhase, windowRefusalCode } from '../model/windows';
import { failReply, okReply, type MockReply } from '../reply';
import { withSession, type HandlerContext, type Route } from './context';

const SUBSYSTEMS: readonly string[] = ['enrollment', 'transfer'];

function invalid(ctx: HandlerContext, field: string, code: string): MockReply {
  return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields: [{ field, code }] });
}

function list(ctx: HandlerContext, session: SessionRecord): MockReply {
  const subsystem = ctx.req.query.subsystem;
  if (subsystem !== undefined && !SUBSYSTEMS.includes(subsystem)) {
    return invalid(ctx, 'subsystem', 'invalid');
  }
  return okReply(ctx.clock, draftsOf(ctx.state.drafts, session.parentId, subsystem));
}

function read(ctx: HandlerContext, session: SessionRecord): MockReply {
  const found = draftsOf(ctx.state.drafts, session.parentId).find((d) => d.id === ctx.params.id);
  return found ? okReply(ctx.clock, found) : failReply(ctx.clock, 404, 'NOT_FOUND');
}

function save(ctx: HandlerContext, session: SessionRecord): MockReply {
  const ifMatch = ctx.req.headers[IF_MATCH_HEADER.toLowerCase()]?.replace(/"/g, '').trim() ?? '';
  if (!/^\d+$/.test(ifMatch))
    return invalid(ctx, IF_MATCH_HEADER, ifMatch ? 'invalid' : 'required');
  const read = readRequest(PutDraftBodySchema, ctx.req.body ?? {});
  if (!read.ok) return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields: read.problems });
  const body = read.value;
  const subsystem = body.subsystem;
  if (JSON.stringify(body.payload).length > DRAFT_PAYLOAD_LIMIT) {
    return invalid(ctx, 'payload', 'too-large');
  }
  if (isEnded(ctx.state.endedDrafts, session.parentId, ctx.params.id ?? '')) {
    return failReply(ctx.clock, 410, 'DRAFT_ENDED');
  }
  const now = ctx.clock.now();
  const refusal = windowRefusalCode(windowPhase(ctx.state.windows[subsystem as Subsystem], now));
  if (refusal) return failReply(ctx.clock, 409, refusal);
  const outcome = putDraft(
    ctx.state.drafts,
    session.parentId,
    {
      id: ctx.params.id ?? '',
      subsystem: subsystem as Subsystem,
      savedAt: formatGatewayTime(now),
      payload: body.payload,
    },
    Number(ifMatch),
  );
  if (!outcome.ok) {
    return failReply(ctx.clock, 412, 'VERSION_CONFLICT', {
      detail: `stored version ${outcome.current?.version ?? 0}`,
    });
  }
  return okReply(ctx.clock, outcome.draft);
}

function remove(ctx: HandlerContext, session: SessionRecord): MockReply {
  deleteDraft(ctx.state.drafts, ctx.state.endedDrafts, session.parentId, ctx.params.id ?? '');
  return okReply(ctx.clock, { deleted: true as const });
}

export const DRAFT_ROUTES: Route[] = [
  { method: 'GET', pattern: '/drafts', handler: withSession(list) },
  { method: 'GET', pattern: '/drafts/:id', handler: withSession(read) },
  { method: 'PUT', pattern: '/drafts/:id', handler: withSession(save) },
  { method: 'DELETE', pattern: '/drafts/:id', handler: withSession(remove) },
];
