/**
 * After submit (FAQ 8, 14): one registration with its content, 删除信息 while the window is
 * open, and the `/__mock/registrations/:id/advance` control that moves review along.
 */
import { schoolInfo } from '../seed/schools';
import { advanceRecord, parseAdvance } from '../model/review';
import { findOwnRecord, summaryOf } from '../model/registrations';
import { windowPhase, windowRefusalCode } from '../model/windows';
import { failReply, okReply } from '../reply';
import { withSession, type HandlerContext, type Route } from './context';

function detail(ctx: HandlerContext, parentId: string) {
  const record = findOwnRecord(ctx.state.enrollment, parentId, ctx.params.id ?? '');
  if (!record) return failReply(ctx.clock, 404, 'NOT_FOUND');
  return okReply(ctx.clock, {
    ...summaryOf(record),
    submission: record.submission,
    school: schoolInfo(record.registration.schoolId),
  });
}

function remove(ctx: HandlerContext, parentId: string) {
  const { enrollment } = ctx.state;
  const record = findOwnRecord(enrollment, parentId, ctx.params.id ?? '');
  if (!record) return failReply(ctx.clock, 404, 'NOT_FOUND');
  const phase = windowPhase(ctx.state.windows[record.registration.subsystem], ctx.clock.now());
  const refusal = windowRefusalCode(phase);
  if (refusal) return failReply(ctx.clock, 409, refusal);
  enrollment.registrations = enrollment.registrations.filter((r) => r !== record);
  return okReply(ctx.clock, { deleted: true, id: record.registration.id });
}

function advance(ctx: HandlerContext) {
  const id = ctx.params.id ?? '';
  const record = ctx.state.enrollment.registrations.find((r) => r.registration.id === id);
  if (!record) return failReply(ctx.clock, 404, 'NOT_FOUND');
  const now = ctx.clock.now();
  const step = parseAdvance(ctx.req.body, now);
  if ('field' in step) return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields: [step] });
  if (!advanceRecord(record, step, now)) {
    return failReply(ctx.clock, 422, 'VALIDATION_FAILED', {
      fields: [{ field: 'to', code: 'review-finished' }],
    });
  }
  return okReply(ctx.clock, summaryOf(record));
}

export const REVIEW_ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: '/registrations/:id',
    handler: withSession((ctx, session) => detail(ctx, session.parentId)),
  },
  {
    method: 'DELETE',
    pattern: '/registrations/:id',
    handler: withSession((ctx, session) => remove(ctx, session.parentId)),
  },
  {
    method: 'POST',
    pattern: '/__mock/registrations/:id/advance',
    exempt: () => true,
    handler: advance,
  },
];
