/** `POST /verifications` and `GET /verifications/:id`: big-data verification jobs (FAQ 5, 6, 9). */
import { readRequest } from '../../types';
import { VerificationRequestSchema } from '../../types/schemas/requests';
import { findJob } from '../model/enrollment-state';
import { startVerification, viewVerification } from '../model/verifications';
import { windowPhase, windowRefusalCode } from '../model/windows';
import { failReply, okReply } from '../reply';
import { withSession, type HandlerContext, type Route } from './context';

/** Verification serves filling in, so it needs some subsystem's window open (FAQ 8). */
function refusalOutsideWindows(ctx: HandlerContext) {
  const now = ctx.clock.now();
  const phases = [ctx.state.windows.enrollment, ctx.state.windows.transfer].map((w) =>
    windowPhase(w, now),
  );
  if (phases.includes('open')) return null;
  const code = windowRefusalCode(phases.includes('before') ? 'before' : 'closed');
  return code && failReply(ctx.clock, 409, code);
}

export const VERIFICATION_ROUTES: Route[] = [
  {
    method: 'POST',
    pattern: '/verifications',
    handler: withSession((ctx, session) => {
      const refusal = refusalOutsideWindows(ctx);
      if (refusal) return refusal;
      const read = readRequest(VerificationRequestSchema, ctx.req.body);
      if (!read.ok) {
        return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields: read.problems });
      }
      const request = read.value;
      const now = ctx.clock.now();
      const job = startVerification(ctx.state.enrollment, session.parentId, request, now);
      return okReply(ctx.clock, viewVerification(job, now));
    }),
  },
  {
    method: 'GET',
    pattern: '/verifications/:id',
    handler: withSession((ctx, session) => {
      const job = findJob(ctx.state.enrollment, ctx.params.id ?? '');
      if (!job || job.parentId !== session.parentId) {
        return failReply(ctx.clock, 404, 'NOT_FOUND', { detail: 'no such verification' });
      }
      return okReply(ctx.clock, viewVerification(job, ctx.clock.now()));
    }),
  },
];
