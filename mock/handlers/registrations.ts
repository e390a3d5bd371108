/**
 * `POST /registrations` and `GET /registrations` (FAQ 7, 8, 10). A submission needs an
 * Idempotency-Key: the same key from the same parent answers the first registration again, so a
 * double tap or a retry after a timeout never makes a second one.
 */
import {
  IDEMPOTENCY_HEADER,
  MATERIAL_KINDS,
  type FieldProblem,
  type MaterialUploads,
  type SubmitRegistration,
  type UploadRef,
} from '../../types';
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
import { checkSubmissionShape, type CheckedSubmission } from '../model/submission-shape';
import { findUpload } from '../model/uploads';
import { windowPhase, windowRefusalCode } from '../model/windows';
import { SEASON_2022 } from '../seed/season';
import { failReply, okReply, type MockReply } from '../reply';
import { withSession, type HandlerContext, type Route } from './context';

const MAX_KEY_LENGTH = 200;

/**
 * The photos a submission cites, as this parent uploaded them: what the gateway stored replaces
 * whatever the client claims about them. An id the store does not hold for this parent (never
 * uploaded, or another parent's) is refused per material.
 */
function storedMaterials(
  ctx: HandlerContext,
  parentId: string,
  cited: CheckedSubmission['materials'],
): { materials: MaterialUploads; problems: FieldProblem[] } {
  const materials: MaterialUploads = {};
  const problems: FieldProblem[] = [];
  for (const kind of MATERIAL_KINDS) {
    const refs = cited[kind];
    if (!refs) continue;
    const stored = refs.map(({ id }) => findUpload(ctx.state, id, parentId));
    if (stored.some((upload) => !upload)) {
      problems.push({ field: `materials.${kind}`, code: 'unknown-upload' });
    }
    // An unknown photo still counts as given for the other checks: its own reason says enough.
    materials[kind] = stored.map((upload, i): UploadRef => {
      if (!upload)
        return { id: refs[i]?.id ?? '', bytes: 0, width: 0, height: 0, sha256: '', mimeType: '' };
      const { id, bytes, width, height, sha256, mimeType } = upload;
      return { id, bytes, width, height, sha256, mimeType };
    });
  }
  return { materials, problems };
}

/** JSON with object keys sorted: the same body however its writer ordered the keys. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

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
  body: CheckedSubmission,
  now: number,
): string | null | 'closed' {
  const id = body.replaces;
  if (id === undefined || id === null) return null;
  const record = findOwnRecord(enrollment, parentId, id);
  const child = body.answers.child.idNumber;
  const deadline = record?.correction ? Date.parse(record.correction.deadline) : NaN;
  const open = record?.registration.status === 'returned' && now < deadline;
  return open && record.registration.childIdNumber === child ? record.registration.id : 'closed';
}

function submit(ctx: HandlerContext, session: SessionRecord) {
  const key = ctx.req.headers[IDEMPOTENCY_HEADER.toLowerCase()]?.trim() ?? '';
  if (key === '' || key.length > MAX_KEY_LENGTH) {
    return invalid(ctx, [{ field: IDEMPOTENCY_HEADER, code: key ? 'invalid' : 'required' }]);
  }
  const { enrollment } = ctx.state;
  const fingerprint = canonicalJson(ctx.req.body ?? null);
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
  const checked = checkSubmissionShape(ctx.req.body, SEASON_2022.enrollmentBirthRange);
  if (!checked.ok) return invalid(ctx, checked.problems);
  const replaces = replacement(enrollment, session.parentId, checked.value, now);
  if (replaces === 'closed') return failReply(ctx.clock, 409, 'CORRECTION_CLOSED');
  const uploads = storedMaterials(ctx, session.parentId, checked.value.materials);
  // `replaces` rides along for the place check; storeRegistration keeps it out of the content.
  const body = { ...checked.value, materials: uploads.materials } as SubmitRegistration;
  if (isDuplicate(enrollment, body, replaces)) {
    return failReply(ctx.clock, 409, 'DUPLICATE_REGISTRATION');
  }
  const problems = crossCheckSubmission(body, {
    parentId: session.parentId,
    enrollment,
    now,
  });
  if (problems.length > 0 || uploads.problems.length > 0) {
    return invalid(ctx, [...problems, ...uploads.problems]);
  }
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

/** The registration routes. */
export function registrationRoutes(): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/registrations',
      handler: withSession((ctx, session) => submit(ctx, session)),
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
