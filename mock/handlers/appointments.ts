/**
 * 预约现场登记 (FAQ 10): slots with places left, book or reschedule (atomic: 409 SLOT_FULL to the
 * parent who comes second for the last place), cancel; and a control that sets a slot's capacity.
 */
import { readRequest } from '../../types';
import { BookAppointmentSchema } from '../../types/schemas/requests';
import { appointmentOptions, findSlot, takeSlot } from '../model/appointments';
import { findOwnRecord } from '../model/registrations';
import type { SessionRecord } from '../model/state';
import { windowPhase, windowRefusalCode } from '../model/windows';
import { failReply, okReply, type MockReply } from '../reply';
import { withSession, type HandlerContext, type Route } from './context';
import { REVIEW_ROUTES } from './registration-review';

type Found = Exclude<ReturnType<typeof findOwnRecord>, undefined>;

/** The parent's registration that needs an appointment, while its window is open. */
function appointable(ctx: HandlerContext, session: SessionRecord): Found | MockReply {
  const record = findOwnRecord(ctx.state.enrollment, session.parentId, ctx.params.id ?? '');
  if (!record) return failReply(ctx.clock, 404, 'NOT_FOUND');
  if (!record.registration.needsOnSiteAppointment) {
    return failReply(ctx.clock, 422, 'VALIDATION_FAILED', {
      fields: [{ field: 'id', code: 'no-appointment-needed' }],
    });
  }
  const phase = windowPhase(ctx.state.windows[record.registration.subsystem], ctx.clock.now());
  const refusal = windowRefusalCode(phase);
  return refusal ? failReply(ctx.clock, 409, refusal) : record;
}

function book(ctx: HandlerContext, session: SessionRecord): MockReply {
  const record = appointable(ctx, session);
  if ('kind' in record) return record;
  const read = readRequest(BookAppointmentSchema, ctx.req.body);
  const slot = read.ok ? findSlot(read.value.slotId) : undefined;
  if (!slot) {
    const fields = read.ok ? [{ field: 'slotId', code: 'invalid' }] : read.problems;
    return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields });
  }
  const taken = takeSlot(ctx.state.enrollment, record, slot, ctx.clock.now());
  return taken === 'full' ? failReply(ctx.clock, 409, 'SLOT_FULL') : okReply(ctx.clock, taken);
}

function cancel(ctx: HandlerContext, session: SessionRecord): MockReply {
  const record = appointable(ctx, session);
  if ('kind' in record) return record;
  record.appointment = null;
  return okReply(ctx.clock, { cancelled: true });
}

function setCapacity(ctx: HandlerContext): MockReply {
  const capacity = (ctx.req.body as { capacity?: unknown } | null)?.capacity;
  const slot = findSlot(ctx.params.id ?? '');
  if (!slot) return failReply(ctx.clock, 404, 'NOT_FOUND');
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0) {
    return failReply(ctx.clock, 422, 'VALIDATION_FAILED', {
      fields: [{ field: 'capacity', code: 'invalid' }],
    });
  }
  ctx.state.enrollment.slotCapacity[slot.id] = capacity;
  return okReply(ctx.clock, { id: slot.id, capacity });
}

/** Everything after submit: detail, delete, review control and appointments (one router line). */
export const AFTER_SUBMIT_ROUTES: Route[] = [
  ...REVIEW_ROUTES,
  {
    method: 'GET',
    pattern: '/registrations/:id/appointment-slots',
    handler: withSession((ctx, session) => {
      const record = appointable(ctx, session);
      return 'kind' in record
        ? record
        : okReply(ctx.clock, appointmentOptions(ctx.state.enrollment));
    }),
  },
  { method: 'PUT', pattern: '/registrations/:id/appointment', handler: withSession(book) },
  { method: 'DELETE', pattern: '/registrations/:id/appointment', handler: withSession(cancel) },
  {
    method: 'POST',
    pattern: '/__mock/appointment-slots/:id',
    exempt: () => true,
    handler: setCapacity,
  },
];
