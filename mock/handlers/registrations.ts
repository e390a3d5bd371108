/**
 * `POST /registrations` and `GET /registrations` (FAQ 7, 8, 10). A submission needs an
 * Idempotency-Key: the same key from the same parent answers the first registration again, so a
 * double tap or a retry after a timeout never makes a second one.
 */
import { IDEMPOTENCY_HEADER } from '../../types';
import type { EnrollmentState } from '../model/enrollment-state';
import {
  findByIdempotencyKey,
  findOwnRecord,
  isDuplicate,
  registrationsOf,
  storeRegistration,
} from '../model/registrations';
import type { SessionRecord } from '../model/state';
import { crossCheckSubmission } from '../model/submission-checks';
import { asSubmission, checkSubmissionShape } from '../model/submission-shape';
import { windowPhase, windowRefusalCode } from '../model/windows';
import { SEASON_2022 } from '../seed/season';
import { failReply, okReply, type MockReply } from '../reply';
import { withSession, type HandlerContext, type Route } from './context';

const MAX_KEY_LENGTH = 200;

/** Decides whether this parent may use this upload; replaced once the upload store exists. */
export type UploadOwnership = (ctx: HandlerContext, parentId: string, id: string) => boolean;

const anyUpload: UploadOwnership = () => true;

function invalid(ctx: HandlerContext, fields: { field: string; code: string }[]): MockReply {
  return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields });
}

/**
 * A correction may replace only this parent's returned registration of the same child, before its
 * deadline. Answers the id to replace, null for a plain submission, or 'closed'.
 */
function replacement(
  enrollment: EnrollmentState,
  parentId: string,
  body: Record<string, unknown>,
  now: number,
): string | null | 'closed' {
  const id = body.replaces;
  if (id === undefined || id === null) return null;
  const record = typeof id === 'string' ? findOwnRecord(enrollment, parentId, id) : undefined;
  const child = (body.answers as { child?: { idNumber?: unknown } } | undefined)?.child?.idNumber;
  const deadline = record?.correction ? Date.parse(record.correction.deadline) : NaN;
  const open = record?.registration.status === 'returned' && now < deadline;
  return open && record.registration.childIdNumber === child ? record.registration.id : 'closed';
}

function submit(ctx: HandlerContext, session: SessionRecord, ownsUpload: UploadOwnership) {
  const key = ctx.req.headers[IDEMPOTENCY_HEADER.toLowerCase()]?.trim() ?? '';
  if (key === '' || key.length > MAX_KEY_LENGTH) {
    return invalid(ctx, [{ field: IDEMPOTENCY_HEADER, code: key ? 'invalid' : 'required' }]);
  }
  const { enrollment } = ctx.state;
  const fingerprint = JSON.stringify(ctx.req.body ?? null);
  const earlier = findByIdempotencyKey(enrollment, session.parentId, key);
  if (earlier) {
    if (earlier.fingerprint !== fingerprint) {
      return invalid(ctx, [{ field: IDEMPOTENCY_HEADER, code: 'reused' }]);
    }
    const replay = okReply(ctx.clock, earlier.registration);
    return replay.kind === 'response'
      ? { ...replay, headers: { ...replay.headers, 'idempotent-replayed': 'true' } }
      : replay;
  }
  const now = ctx.clock.now();
  // Each subsystem has its own window (PRODUCT.md); an unknown one is refused by the shape check.
  const subsystem = (ctx.req.body as { subsystem?: unknown } | null)?.subsystem;
  const window = ctx.state.windows[subsystem === 'transfer' ? 'transfer' : 'enrollment'];
  const refusal = windowRefusalCode(windowPhase(window, now));
  if (refusal) return failReply(ctx.clock, 409, refusal);
  const shapeProblems = checkSubmissionShape(ctx.req.body, SEASON_2022.enrollmentBirthRange);
  if (shapeProblems.length > 0) return invalid(ctx, shapeProblems);
  const replaces = replacement(
    enrollment,
    session.parentId,
    ctx.req.body as Record<string, unknown>,
    now,
  );
  if (replaces === 'closed') return failReply(ctx.clock, 409, 'CORRECTION_CLOSED');
  const body = asSubmission(ctx.req.body);
  if (isDuplicate(enrollment, body, replaces)) {
    return failReply(ctx.clock, 409, 'DUPLICATE_REGISTRATION');
  }
  const problems = crossCheckSubmission(body, {
    parentId: session.parentId,
    enrollment,
    now,
    ownsUpload: (id) => ownsUpload(ctx, session.parentId, id),
  });
  if (problems.length > 0) return invalid(ctx, problems);
  const registration = storeRegistration(
    enrollment,
    session.parentId,
    body,
    { key, fingerprint },
    now,
    replaces,
  );
  return okReply(ctx.clock, registration);
}

/** The registration routes; `ownsUpload` checks referenced photos against the upload store. */
export function registrationRoutes(ownsUpload: UploadOwnership = anyUpload): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/registrations',
      handler: withSession((ctx, session) => submit(ctx, session, ownsUpload)),
    },
    {
      method: 'GET',
      pattern: '/registrations',
      handler: withSession((ctx, session) =>
        okReply(ctx.clock, registrationsOf(ctx.state.enrollment, session.parentId)),
      ),
    },
  ];
}
