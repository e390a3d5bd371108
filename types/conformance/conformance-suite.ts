/**
 * The conformance suite: any gateway claiming this contract can be run against it
 * (`npm run contract:test -- --gateway <url>`). It needs no mock controls. Checks that need
 * seeded data (host tickets for known parents, a submission that passes the rules) say so and
 * are reported as not run when the data was not given; nothing is skipped silently.
 */
import * as v from 'valibot';
import type { HostId } from '../session';
import { MAX_UPLOAD_BYTES } from '../uploads';
import { MAX_JSON_BODY_BYTES, TEXT_LIMITS } from '../limits';
import {
  FaqEntrySchema,
  MaterialInfoSchema,
  NoticeSchema,
  NoticeSummarySchema,
  RegistrationDetailSchema,
  RegistrationSchema,
  RegistrationSummarySchema,
  SchoolSchema,
  SeasonConfigSchema,
  ServerDraftSchema,
  SessionGrantSchema,
  UploadRefSchema,
} from '../schemas/answers';
import { expectAnswer, expectRefusal, sender, type Send } from './conformance-client';
import { oversizedBody, tinyJpeg, truncatedJpeg } from './test-images';

export interface Ticket {
  host: HostId;
  ticket: string;
}

export interface SuiteInput {
  gateway: string;
  fetch: typeof fetch;
  /**
   * Fresh one-time tickets: the first signs on the parent the suite acts as; a second one (of
   * another parent) lets it check that uploads are the uploader's only. Each is used once.
   */
  tickets: Ticket[];
  /**
   * A `POST /registrations` body for the first parent that passes every rule once it carries a
   * photo under each of `materialKinds` (the suite uploads them). Registered once, then deleted.
   */
  submission?: Record<string, unknown>;
  /** The material kinds `submission` needs photos under; the first one is used for refusals. */
  materialKinds?: string[];
}

export interface CheckResult {
  name: string;
  outcome: 'passed' | 'failed' | 'not run';
  detail: string;
}

interface Context {
  send: Send;
  token: string | null;
  otherToken: string | null;
  input: SuiteInput;
  windowOpen: boolean | null;
}

type Check = {
  name: string;
  /** Why it cannot run with what was given, or null when it can. */
  needs?: (ctx: Context) => string | null;
  run: (ctx: Context) => Promise<void>;
};

const needsTicket = (ctx: Context) =>
  ctx.token ? null : 'needs --ticket <host>:<ticket> of a parent the identity service knows';
const needsOpenWindow = (ctx: Context) =>
  needsTicket(ctx) ?? (ctx.windowOpen ? null : 'needs a registration window open at the gateway');

const needsSubmission = (ctx: Context) =>
  ctx.input.submission && ctx.input.materialKinds?.length
    ? null
    : 'needs --submission <file.json> and --material-kind (repeatable)';

async function uploadTiny(send: Send, token: string) {
  const bytes = { data: tinyJpeg(), type: 'image/jpeg' };
  return expectAnswer(await send('POST', '/uploads', { token, bytes }), UploadRefSchema, 201);
}

async function signOn(send: Send, ticket: Ticket | undefined): Promise<string | null> {
  if (!ticket) return null;
  return expectAnswer(await send('POST', '/session', { body: ticket }), SessionGrantSchema).token;
}

const CHECKS: Check[] = [
  {
    name: 'POST /session refuses a body without host and ticket (422, fields host, ticket)',
    run: async ({ send }) =>
      expectRefusal(await send('POST', '/session', { body: {} }), 422, 'VALIDATION_FAILED', [
        { field: 'host', code: 'required' },
        { field: 'ticket', code: 'required' },
      ]),
  },
  {
    name: "POST /session refuses the development host 'dev' (not part of the contract)",
    run: async ({ send }) =>
      expectRefusal(
        await send('POST', '/session', { body: { host: 'dev', ticket: 'dev:p-1:n1' } }),
        422,
        'VALIDATION_FAILED',
        [{ field: 'host', code: 'invalid' }],
      ),
  },
  {
    name: 'POST /session rejects a ticket the identity service never issued (401)',
    run: async ({ send }) =>
      expectRefusal(
        await send('POST', '/session', {
          body: { host: 'ishandong', ticket: `never-issued-${Date.now()}` },
        }),
        401,
        'TICKET_REJECTED',
      ),
  },
  {
    name: 'a call without a session token is 401 SESSION_EXPIRED',
    run: async ({ send }) =>
      expectRefusal(await send('GET', '/registrations'), 401, 'SESSION_EXPIRED'),
  },
  {
    name: 'POST /session answers a grant; the same ticket a second time is 401 TICKET_REJECTED',
    needs: needsTicket,
    run: async ({ send, input }) =>
      expectRefusal(
        await send('POST', '/session', { body: input.tickets[0] }),
        401,
        'TICKET_REJECTED',
      ),
  },
  {
    name: 'GET /config answers the season without a session token (it is public)',
    run: async (ctx) => {
      const reply = await ctx.send('GET', '/config');
      const config = expectAnswer(reply, SeasonConfigSchema);
      // The gateway's clock decides whether a window is open, not this machine's.
      const now = Date.parse(String((reply.body as { serverTime?: unknown }).serverTime));
      ctx.windowOpen = Object.values(config.windows).some(
        (w) => Date.parse(w.opensAt) <= now && now < Date.parse(w.closesAt),
      );
    },
  },
  {
    name: 'GET /notices and GET /notices/{id} answer notices; an unknown id is 404',
    needs: needsTicket,
    run: async ({ send, token }) => {
      const t = token ?? '';
      const list = expectAnswer(
        await send('GET', '/notices', { token: t }),
        v.array(NoticeSummarySchema),
      );
      const first = list[0];
      if (first)
        expectAnswer(
          await send('GET', `/notices/${encodeURIComponent(first.id)}`, { token: t }),
          NoticeSchema,
        );
      expectRefusal(await send('GET', '/notices/no-such-notice', { token: t }), 404, 'NOT_FOUND');
    },
  },
  {
    name: 'GET /faq answers the FAQ, and GET /materials the catalogue without a session',
    needs: needsTicket,
    run: async ({ send, token }) => {
      expectAnswer(await send('GET', '/faq', { token: token ?? '' }), v.array(FaqEntrySchema));
      // Public, like the season: a start page asks for it before the sign-in has answered.
      expectAnswer(await send('GET', '/materials', {}), v.array(MaterialInfoSchema));
    },
  },
  {
    name: 'POST /schools/search answers schools for an address sent in the body',
    needs: needsTicket,
    run: async ({ send, token }) => {
      const body = { subsystem: 'enrollment', address: '济南市历下区', grade: null };
      expectAnswer(
        await send('POST', '/schools/search', { token: token ?? '', body }),
        v.array(SchoolSchema),
      );
    },
  },
  {
    name: 'POST /schools/search refuses a blank address, an unknown subsystem and a grade 1 transfer',
    needs: needsTicket,
    run: async ({ send, token }) => {
      const body = { subsystem: 'admission', address: ' ', grade: null };
      expectRefusal(
        await send('POST', '/schools/search', { token: token ?? '', body }),
        422,
        'VALIDATION_FAILED',
        [
          { field: 'subsystem', code: 'invalid' },
          { field: 'address', code: 'required' },
        ],
      );
      const grade1 = { subsystem: 'transfer', address: '济南市历下区', grade: '1' };
      expectRefusal(
        await send('POST', '/schools/search', { token: token ?? '', body: grade1 }),
        422,
        'VALIDATION_FAILED',
        [{ field: 'grade', code: 'invalid' }],
      );
    },
  },
  {
    name: `text over its limit is refused (an address of ${TEXT_LIMITS.address + 1} characters: too-long)`,
    needs: needsTicket,
    run: async ({ send, token }) => {
      const body = {
        subsystem: 'enrollment',
        address: '样'.repeat(TEXT_LIMITS.address + 1),
        grade: null,
      };
      expectRefusal(
        await send('POST', '/schools/search', { token: token ?? '', body }),
        422,
        'VALIDATION_FAILED',
        [{ field: 'address', code: 'too-long' }],
      );
    },
  },
  {
    name: `a JSON body over ${MAX_JSON_BODY_BYTES} bytes is refused with 413 (field body, too-large)`,
    needs: needsTicket,
    run: async ({ send, token }) => {
      const body = {
        subsystem: 'enrollment',
        address: 'a'.repeat(MAX_JSON_BODY_BYTES + 1),
        grade: null,
      };
      expectRefusal(
        await send('POST', '/schools/search', { token: token ?? '', body }),
        413,
        'VALIDATION_FAILED',
        [{ field: 'body', code: 'too-large' }],
      );
    },
  },
  {
    name: 'POST /verifications refuses identifiers that are missing',
    needs: needsTicket,
    run: async ({ send, token }) =>
      expectRefusal(
        await send('POST', '/verifications', { token: token ?? '', body: {} }),
        422,
        'VALIDATION_FAILED',
        [{ field: 'childIdNumber', code: 'required' }],
      ),
  },
  {
    name: 'POST /uploads stores a whole JPEG and answers what it stored (201)',
    needs: needsOpenWindow,
    run: async ({ send, token }) => {
      const ref = expectAnswer(
        await send('POST', '/uploads', {
          token: token ?? '',
          bytes: { data: tinyJpeg(), type: 'image/jpeg' },
        }),
        UploadRefSchema,
        201,
      );
      if (ref.width !== 1 || ref.height !== 1 || ref.mimeType !== 'image/jpeg') {
        throw new Error('the stored details are not the image sent');
      }
    },
  },
  {
    name: 'POST /uploads refuses text, and a JPEG whose scan data is cut off (415)',
    needs: needsOpenWindow,
    run: async ({ send, token }) => {
      const text = new TextEncoder().encode('not a photo');
      for (const data of [text, truncatedJpeg()]) {
        const reply = await send('POST', '/uploads', {
          token: token ?? '',
          bytes: { data, type: 'image/jpeg' },
        });
        expectRefusal(reply, 415, 'UPLOAD_NOT_IMAGE');
      }
    },
  },
  {
    name: `POST /uploads refuses more than ${MAX_UPLOAD_BYTES} bytes (413 UPLOAD_TOO_LARGE)`,
    needs: needsOpenWindow,
    run: async ({ send, token }) => {
      const data = oversizedBody(MAX_UPLOAD_BYTES);
      const reply = await send('POST', '/uploads', {
        token: token ?? '',
        bytes: { data, type: 'image/jpeg' },
      });
      expectRefusal(reply, 413, 'UPLOAD_TOO_LARGE');
    },
  },
  {
    name: 'POST /registrations needs an Idempotency-Key and the declaration',
    needs: needsOpenWindow,
    run: async ({ send, token }) => {
      const t = token ?? '';
      expectRefusal(
        await send('POST', '/registrations', { token: t, body: {} }),
        422,
        'VALIDATION_FAILED',
        [{ field: 'Idempotency-Key', code: 'required' }],
      );
      const key = `conformance-${Date.now()}`;
      const body = { subsystem: 'enrollment', materials: {} };
      expectRefusal(
        await send('POST', '/registrations', { token: t, body, idempotencyKey: key }),
        422,
        'VALIDATION_FAILED',
        [
          { field: 'declaration', code: 'required' },
          { field: 'answers', code: 'required' },
        ],
      );
    },
  },
  {
    name: "POST /registrations refuses photos never uploaded, and another parent's (unknown-upload)",
    needs: (ctx) =>
      needsOpenWindow(ctx) ??
      (ctx.otherToken ? null : 'needs a second --ticket, of another parent') ??
      needsSubmission(ctx),
    run: async ({ send, token, otherToken, input }) => {
      const kind = input.materialKinds?.[0] ?? '';
      const foreign = expectAnswer(
        await send('POST', '/uploads', {
          token: otherToken ?? '',
          bytes: { data: tinyJpeg(), type: 'image/jpeg' },
        }),
        UploadRefSchema,
        201,
      );
      for (const id of [`never-uploaded-${Date.now()}`, foreign.id]) {
        const body = { ...input.submission, materials: { [kind]: [{ ...foreign, id }] } };
        const reply = await send('POST', '/registrations', {
          token: token ?? '',
          body,
          idempotencyKey: `conformance-${id}`,
        });
        expectRefusal(reply, 422, 'VALIDATION_FAILED', [
          { field: `materials.${kind}`, code: 'unknown-upload' },
        ]);
      }
    },
  },
  {
    name:
      'POST /registrations registers once per Idempotency-Key, keeps its own upload details, ' +
      'answers the detail, and deletes it',
    needs: (ctx) => needsOpenWindow(ctx) ?? needsSubmission(ctx),
    run: async ({ send, token, input }) => {
      const t = token ?? '';
      const photo = await uploadTiny(send, t);
      // The client's claims about the photo are wrong on purpose: the gateway keeps its own.
      const claimed = { ...photo, bytes: 1, sha256: '0'.repeat(64) };
      const materials = Object.fromEntries((input.materialKinds ?? []).map((k) => [k, [claimed]]));
      const body = { ...input.submission, materials };
      const key = `conformance-register-${Date.now()}`;
      const first = expectAnswer(
        await send('POST', '/registrations', { token: t, body, idempotencyKey: key }),
        RegistrationSchema,
      );
      try {
        const replay = await send('POST', '/registrations', {
          token: t,
          body,
          idempotencyKey: key,
        });
        if (expectAnswer(replay, RegistrationSchema).id !== first.id) {
          throw new Error('a replay with the same key made a second registration');
        }
        const changed = { ...body, disputedFields: ['household.address'] };
        expectRefusal(
          await send('POST', '/registrations', { token: t, body: changed, idempotencyKey: key }),
          422,
          'VALIDATION_FAILED',
          [{ field: 'Idempotency-Key', code: 'reused' }],
        );
        const detail = expectAnswer(
          await send('GET', `/registrations/${encodeURIComponent(first.id)}`, { token: t }),
          RegistrationDetailSchema,
        );
        const kept = (detail.submission.materials as Record<string, { bytes?: unknown }[]>)[
          input.materialKinds?.[0] ?? ''
        ];
        if (kept?.[0]?.bytes !== photo.bytes) {
          throw new Error("the registration keeps the client's claims about its photo");
        }
      } finally {
        expectAnswer(
          await send('DELETE', `/registrations/${encodeURIComponent(first.id)}`, { token: t }),
          v.object({ deleted: v.literal(true), id: v.string() }),
        );
      }
    },
  },
  {
    name: 'GET /verifications/{id} of an unknown job is 404',
    needs: needsTicket,
    run: async ({ send, token }) =>
      expectRefusal(
        await send('GET', '/verifications/no-such-job', { token: token ?? '' }),
        404,
        'NOT_FOUND',
      ),
  },
  {
    name: 'PUT /drafts/{id} creates with If-Match 0, a stale version is 412, a deleted draft 410',
    needs: needsOpenWindow,
    run: async ({ send, token }) => {
      const t = token ?? '';
      const path = `/drafts/conformance-${Date.now()}`;
      const body = { subsystem: 'enrollment', payload: { sealed: 'conformance' } };
      const saved = expectAnswer(
        await send('PUT', path, { token: t, body, headers: { 'If-Match': '0' } }),
        ServerDraftSchema,
      );
      expectRefusal(
        await send('PUT', path, { token: t, body, headers: { 'If-Match': '0' } }),
        412,
        'VERSION_CONFLICT',
      );
      expectAnswer(
        await send('DELETE', path, { token: t }),
        v.object({ deleted: v.literal(true) }),
      );
      const again = { 'If-Match': String(saved.version) };
      expectRefusal(
        await send('PUT', path, { token: t, body, headers: again }),
        410,
        'DRAFT_ENDED',
      );
    },
  },
  {
    name: "GET /registrations lists this parent's registrations; an unknown id is 404",
    needs: needsTicket,
    run: async ({ send, token }) => {
      expectAnswer(
        await send('GET', '/registrations', { token: token ?? '' }),
        v.array(RegistrationSummarySchema),
      );
      expectRefusal(
        await send('GET', '/registrations/no-such-registration', { token: token ?? '' }),
        404,
        'NOT_FOUND',
      );
    },
  },
  {
    name: 'GET /drafts lists drafts; PUT /drafts/{id} without If-Match is refused',
    needs: needsTicket,
    run: async ({ send, token }) => {
      expectAnswer(
        await send('GET', '/drafts?subsystem=enrollment', { token: token ?? '' }),
        v.array(ServerDraftSchema),
      );
      const body = { subsystem: 'enrollment', payload: {} };
      expectRefusal(
        await send('PUT', '/drafts/conformance-draft', { token: token ?? '', body }),
        422,
        'VALIDATION_FAILED',
        [{ field: 'If-Match', code: 'required' }],
      );
    },
  },
  {
    name: 'DELETE /session signs out: the token then gets 401',
    needs: needsTicket,
    run: async ({ send, token }) => {
      expectAnswer(
        await send('DELETE', '/session', { token: token ?? '' }),
        v.object({ signedOut: v.literal(true) }),
      );
      expectRefusal(
        await send('GET', '/registrations', { token: token ?? '' }),
        401,
        'SESSION_EXPIRED',
      );
    },
  },
];

/** Runs every check in order and answers each one's outcome. */
export async function runConformance(input: SuiteInput): Promise<CheckResult[]> {
  const send = sender(input.gateway, input.fetch);
  const ctx: Context = { send, token: null, otherToken: null, input, windowOpen: null };
  const results: CheckResult[] = [];
  try {
    ctx.token = await signOn(send, input.tickets[0]);
    ctx.otherToken = await signOn(send, input.tickets[1]);
  } catch (error) {
    results.push({
      name: 'signing on with the given tickets',
      outcome: 'failed',
      detail: String(error),
    });
  }
  for (const check of CHECKS) {
    const missing = check.needs?.(ctx) ?? null;
    if (missing) {
      results.push({ name: check.name, outcome: 'not run', detail: missing });
      continue;
    }
    try {
      await check.run(ctx);
      results.push({ name: check.name, outcome: 'passed', detail: '' });
    } catch (error) {
      results.push({
        name: check.name,
        outcome: 'failed',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return results;
}

/** Every check's name, for the report of what a run covered. */
export const CHECK_NAMES = CHECKS.map((check) => check.name);
