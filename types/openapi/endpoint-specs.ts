/**
 * Every endpoint of the production contract with its request and answer schemas and the refusals
 * it may answer. The OpenAPI document and the conformance suite are both built from this list.
 */
import * as v from 'valibot';
import { CONFIG_CACHE_CONTROL } from '../config';
import type { ErrorCode } from '../error-codes';
import {
  AppointmentOptionsSchema,
  AppointmentSchema,
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
  VerificationSchema,
} from '../schemas/answers';
import {
  BookAppointmentSchema,
  PutDraftBodySchema,
  SchoolSearchSchema,
  SessionRequestSchema,
  VerificationRequestSchema,
} from '../schemas/requests';
import { SubmitRegistrationSchema } from '../schemas/submission';

export interface Refusal {
  status: number;
  code: ErrorCode;
  /** Field paths named in `error.fields`, with their reasons. */
  fields?: Record<string, string[]>;
  when: string;
}

export interface EndpointSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  summary: string;
  /** False for signing on and for the public season configuration. */
  session: boolean;
  /** Longer notes for the operation, beyond the one-line summary. */
  description?: string;
  /** The Cache-Control header of a successful answer, for answers a shared cache may keep. */
  cacheControl?: string;
  request?: v.GenericSchema;
  /** `raw-image` for the photo upload's body. */
  rawBody?: 'image';
  headers?: { name: string; required: boolean; description: string }[];
  query?: { name: string; required: boolean; description: string }[];
  answer: v.GenericSchema;
  status?: number;
  refusals: Refusal[];
}

const LOAD_REFUSALS: Refusal[] = [
  { status: 429, code: 'RATE_LIMITED', when: 'too many requests; wait Retry-After seconds' },
  { status: 503, code: 'UNAVAILABLE', when: 'overloaded or in maintenance; Retry-After' },
  { status: 500, code: 'SERVER_ERROR', when: "the gateway or a department's system failed" },
];

const SESSION_REFUSALS: Refusal[] = [
  { status: 401, code: 'SESSION_EXPIRED', when: 'no, an unknown or an expired session token' },
  ...LOAD_REFUSALS,
];

const CONFIG_DESCRIPTION =
  'Public: no session token. Everything in it (windows, birth date range, extra categories, ' +
  "help line) is published in the bureau's notices and nothing in it is personal, so a client " +
  'asks for it at once, in parallel with signing on, instead of after it. A CDN may keep an ' +
  'answer for up to 60 s (`s-maxage=60`): on opening day every parent opens the app within ' +
  'minutes of 08:00 and every first screen needs the season, so a shared copy takes that load ' +
  'off the gateway; the windows are fixed dates, so a copy a minute old decides nothing ' +
  "differently. A cached answer's `serverTime` is as old as the copy: clients do not set " +
  'their clock from this answer.';

const BODY_REFUSAL: Refusal = {
  status: 413,
  code: 'VALIDATION_FAILED',
  fields: { body: ['too-large'] },
  when: 'a JSON body over MAX_JSON_BODY_BYTES, refused before it is read',
};

const WINDOW_REFUSALS: Refusal[] = [
  { status: 409, code: 'WINDOW_NOT_OPEN', when: "the subsystem's window has not opened" },
  { status: 409, code: 'WINDOW_CLOSED', when: "the subsystem's window has closed" },
];

const TEXT_REASONS = ['required', 'invalid', 'too-long'];

const SUBMISSION_FIELDS: Record<string, string[]> = {
  body: ['invalid', 'required'],
  subsystem: ['invalid', 'required'],
  'child.*, guardian.*, household.*, residence.*, migrant.*, student.*, transfer.*': TEXT_REASONS,
  'child.idNumber': ['invalid'],
  'guardian.otherParent.idNumber': ['invalid'],
  'child.birthDate': ['invalid', 'mismatch', 'out-of-range'],
  'child.sex': ['mismatch'],
  'residence.sharePercent, migrant.socialInsuranceMonths': ['out-of-range'],
  migrant: ['required'],
  'student.statusNumber': ['invalid', 'other-student'],
  'transfer.reasonNote': ['required', 'too-long'],
  'transfer.targetGrade': ['below-current-grade', 'graduate-to-grade-7'],
  schoolId: ['required', 'not-in-catchment', 'no-places'],
  verificationId: ['unknown', 'other-child'],
  '<answer path of a verified value>': ['differs-from-verified'],
  disputedFields: ['invalid', 'too-many'],
  'materials.<kind>': ['unknown-kind', 'invalid', 'too-many', 'required', 'unknown-upload'],
  declaration: ['required', 'not-accepted', 'unknown-version', 'invalid'],
  'Idempotency-Key': ['required', 'invalid', 'reused'],
};

const idParam = (name: string) => ({ name, required: true, description: 'path parameter' });

export const ENDPOINTS: EndpointSpec[] = [
  {
    method: 'POST',
    path: '/session',
    summary: "Exchanges the host's one-time ticket for a session (and renews one).",
    session: false,
    request: SessionRequestSchema,
    answer: SessionGrantSchema,
    refusals: [
      { status: 401, code: 'TICKET_REJECTED', when: 'the province identity service refused it' },
      { status: 403, code: 'FORBIDDEN', when: 'the person may not use this service' },
      {
        status: 422,
        code: 'VALIDATION_FAILED',
        fields: { host: ['required', 'invalid'], ticket: ['required', 'too-long'] },
        when: 'an unknown host or no ticket',
      },
      BODY_REFUSAL,
    ],
  },
  {
    method: 'DELETE',
    path: '/session',
    summary: 'Signs out: the token stops working at once.',
    session: true,
    answer: v.object({ signedOut: v.literal(true) }),
    refusals: SESSION_REFUSALS,
  },
  {
    method: 'GET',
    path: '/config',
    summary: 'The season: windows, birth date range, help line, extra categories (public).',
    description: CONFIG_DESCRIPTION,
    session: false,
    cacheControl: CONFIG_CACHE_CONTROL,
    answer: SeasonConfigSchema,
    refusals: LOAD_REFUSALS,
  },
  {
    method: 'GET',
    path: '/notices',
    summary: '通知公告, newest first.',
    session: true,
    answer: v.array(NoticeSummarySchema),
    refusals: SESSION_REFUSALS,
  },
  {
    method: 'GET',
    path: '/notices/{id}',
    summary: 'One notice as plain text paragraphs.',
    session: true,
    query: [idParam('id')],
    answer: NoticeSchema,
    refusals: [...SESSION_REFUSALS, { status: 404, code: 'NOT_FOUND', when: 'no such notice' }],
  },
  {
    method: 'GET',
    path: '/faq',
    summary: 'The bureau FAQ as plain text.',
    session: true,
    answer: v.array(FaqEntrySchema),
    refusals: SESSION_REFUSALS,
  },
  {
    method: 'GET',
    path: '/materials',
    summary:
      'The materials catalogue (登记信息与上传材料对照表, public like the season): a start page ' +
      'asks for it while the parent is still signing in.',
    session: false,
    answer: v.array(MaterialInfoSchema),
    refusals: LOAD_REFUSALS,
  },
  {
    method: 'POST',
    path: '/schools/search',
    summary:
      'Catchment schools for an address (and target grade for transfer). A safe lookup: the ' +
      'address is personal data and travels in the body, never in the URL.',
    session: true,
    request: SchoolSearchSchema,
    answer: v.array(SchoolSchema),
    refusals: [
      ...SESSION_REFUSALS,
      {
        status: 422,
        code: 'VALIDATION_FAILED',
        fields: { subsystem: ['required', 'invalid'], address: TEXT_REASONS, grade: ['invalid'] },
        when: 'no known subsystem, no address, or a grade transfers cannot target',
      },
      BODY_REFUSAL,
    ],
  },
  {
    method: 'POST',
    path: '/verifications',
    summary: 'Starts a big-data verification job (FAQ 5) and answers its first state.',
    session: true,
    request: VerificationRequestSchema,
    answer: VerificationSchema,
    refusals: [
      ...SESSION_REFUSALS,
      {
        status: 422,
        code: 'VALIDATION_FAILED',
        fields: { childIdNumber: ['required', 'invalid'], childName: TEXT_REASONS },
        when: 'identifiers missing or malformed',
      },
      BODY_REFUSAL,
    ],
  },
  {
    method: 'GET',
    path: '/verifications/{id}',
    summary: "Polls a job; another parent's job is NOT_FOUND.",
    session: true,
    query: [idParam('id')],
    answer: VerificationSchema,
    refusals: [
      ...SESSION_REFUSALS,
      { status: 404, code: 'NOT_FOUND', when: 'unknown or not yours' },
    ],
  },
  {
    method: 'POST',
    path: '/uploads',
    summary:
      'A document photo as raw JPEG or PNG bytes (Content-Type image/*). The gateway decodes it ' +
      'completely and answers what it stored; only the uploading parent may cite its id.',
    session: true,
    rawBody: 'image',
    answer: UploadRefSchema,
    status: 201,
    refusals: [
      ...SESSION_REFUSALS,
      ...WINDOW_REFUSALS,
      { status: 413, code: 'UPLOAD_TOO_LARGE', when: 'more than MAX_UPLOAD_BYTES' },
      { status: 415, code: 'UPLOAD_NOT_IMAGE', when: 'not a completely decodable JPEG or PNG' },
      { status: 429, code: 'RATE_LIMITED', when: "over the parent's UPLOADS_PER_PARENT quota" },
    ],
  },
  {
    method: 'POST',
    path: '/registrations',
    summary:
      'Submits a registration (or a correction naming `replaces`). Needs an Idempotency-Key: a ' +
      'replay with the same key and body answers the first registration again.',
    session: true,
    request: SubmitRegistrationSchema,
    headers: [
      {
        name: 'Idempotency-Key',
        required: true,
        description: '1-200 characters, unique per submission attempt of one parent',
      },
    ],
    answer: RegistrationSchema,
    refusals: [
      ...SESSION_REFUSALS,
      ...WINDOW_REFUSALS,
      {
        status: 422,
        code: 'VALIDATION_FAILED',
        fields: SUBMISSION_FIELDS,
        when: 'the body fails the schema or the rules',
      },
      { status: 409, code: 'DUPLICATE_REGISTRATION', when: 'the child is already registered' },
      { status: 409, code: 'CORRECTION_CLOSED', when: 'not returned, other child, past deadline' },
      BODY_REFUSAL,
    ],
  },
  {
    method: 'GET',
    path: '/registrations',
    summary: "我的登记: this parent's registrations with review state.",
    session: true,
    answer: v.array(RegistrationSummarySchema),
    refusals: SESSION_REFUSALS,
  },
  {
    method: 'GET',
    path: '/registrations/{id}',
    summary: 'One registration with its submitted content and school.',
    session: true,
    query: [idParam('id')],
    answer: RegistrationDetailSchema,
    refusals: [
      ...SESSION_REFUSALS,
      { status: 404, code: 'NOT_FOUND', when: 'unknown or not yours' },
    ],
  },
  {
    method: 'DELETE',
    path: '/registrations/{id}',
    summary: '删除信息 (FAQ 8), only while the window is open.',
    session: true,
    query: [idParam('id')],
    answer: v.object({ deleted: v.literal(true), id: v.string() }),
    refusals: [
      ...SESSION_REFUSALS,
      ...WINDOW_REFUSALS,
      { status: 404, code: 'NOT_FOUND', when: 'unknown or not yours' },
    ],
  },
  {
    method: 'GET',
    path: '/registrations/{id}/appointment-slots',
    summary: 'Registration points and slots with remaining places (FAQ 10).',
    session: true,
    query: [idParam('id')],
    answer: AppointmentOptionsSchema,
    refusals: [
      ...SESSION_REFUSALS,
      { status: 404, code: 'NOT_FOUND', when: 'unknown or not yours' },
    ],
  },
  {
    method: 'PUT',
    path: '/registrations/{id}/appointment',
    summary: 'Books or moves the on-site appointment (atomic).',
    session: true,
    query: [idParam('id')],
    request: BookAppointmentSchema,
    answer: AppointmentSchema,
    refusals: [
      ...SESSION_REFUSALS,
      { status: 409, code: 'SLOT_FULL', when: 'no place left in the slot' },
      { status: 404, code: 'NOT_FOUND', when: 'unknown registration or slot' },
      BODY_REFUSAL,
    ],
  },
  {
    method: 'DELETE',
    path: '/registrations/{id}/appointment',
    summary: 'Cancels the on-site appointment.',
    session: true,
    query: [idParam('id')],
    answer: v.object({ cancelled: v.literal(true) }),
    refusals: [
      ...SESSION_REFUSALS,
      { status: 404, code: 'NOT_FOUND', when: 'unknown or not yours' },
    ],
  },
  {
    method: 'GET',
    path: '/drafts',
    summary: "This parent's drafts of one subsystem (query `subsystem`).",
    session: true,
    query: [{ name: 'subsystem', required: true, description: 'enrollment or transfer' }],
    answer: v.array(ServerDraftSchema),
    refusals: SESSION_REFUSALS,
  },
  {
    method: 'GET',
    path: '/drafts/{id}',
    summary: 'One draft, newest version.',
    session: true,
    query: [idParam('id')],
    answer: ServerDraftSchema,
    refusals: [
      ...SESSION_REFUSALS,
      { status: 404, code: 'NOT_FOUND', when: 'unknown or not yours' },
    ],
  },
  {
    method: 'PUT',
    path: '/drafts/{id}',
    summary: 'Saves a draft; If-Match names the version it replaces (0 creates).',
    session: true,
    query: [idParam('id')],
    headers: [{ name: 'If-Match', required: true, description: 'the version replaced, 0: none' }],
    request: PutDraftBodySchema,
    answer: ServerDraftSchema,
    refusals: [
      ...SESSION_REFUSALS,
      ...WINDOW_REFUSALS,
      { status: 412, code: 'VERSION_CONFLICT', when: 'the gateway holds another version' },
      { status: 410, code: 'DRAFT_ENDED', when: 'submitted or deleted: never saved again' },
      {
        status: 422,
        code: 'VALIDATION_FAILED',
        fields: { 'If-Match': ['required'], subsystem: ['invalid'], payload: ['too-large'] },
        when: 'no If-Match, an unknown subsystem or a payload over DRAFT_PAYLOAD_LIMIT',
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/drafts/{id}',
    summary: 'Deletes a draft (after submit); idempotent.',
    session: true,
    query: [idParam('id')],
    answer: v.object({ deleted: v.literal(true) }),
    refusals: SESSION_REFUSALS,
  },
];
