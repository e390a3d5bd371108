/**
 * What the gateway answers, endpoint by endpoint. The client parses every answer with these at
 * its edge (anything else is a bad answer), and the conformance suite holds a gateway to them.
 */
import * as v from 'valibot';
import { SUBSYSTEMS } from '../config';
import {
  CATEGORY_IDS,
  CHECK_STATUSES,
  MATERIAL_KINDS,
  REGISTRATION_STATUSES,
  VERIFICATION_SOURCES,
  VERIFICATION_STATUSES,
} from '../enrollment-values';
import { count, oneOf, wireText } from './fields';

const nullableText = v.nullable(wireText);

export const ParentProfileSchema = v.object({
  /** Stable opaque id of the parent at the gateway; safe to use as a storage namespace. */
  parentId: wireText,
  name: wireText,
  /** 18-character resident ID number. Personal data: mask on screen, never log. */
  idNumber: wireText,
  /** Mobile number registered with the host (FAQ 3). Personal data. */
  mobile: wireText,
});

export const SessionGrantSchema = v.object({
  token: wireText,
  /** When the token stops working (gateway clock, ISO 8601). */
  expiresAt: wireText,
  profile: ParentProfileSchema,
  /** Base64 AES-256 key for this parent's drafts on the device (FAQ 7): the same for every session of the parent, different per parent. Kept in memory only, never stored. */
  storageKey: wireText,
  /** How many drafts of each subsystem the parent has on the gateway at sign-in. A start page with none here and none on the device needs no `GET /drafts`: a first visit, most of opening day, saves that request and its round trip. Absent from a gateway that predates it: the client then asks. */
  draftCounts: v.optional(v.object({ enrollment: count, transfer: count })),
});

const WindowSchema = v.object({
  /** When the window opens (gateway clock, ISO 8601 with offset). */
  opensAt: wireText,
  /** When the window closes (exclusive). */
  closesAt: wireText,
});

export const SeasonConfigSchema = v.object({
  /** The registration year, e.g. 2022. */
  season: count,
  windows: v.object({ enrollment: WindowSchema, transfer: WindowSchema }),
  /** Birth dates eligible for first grade, inclusive (YYYY-MM-DD). */
  enrollmentBirthRange: v.object({ from: wireText, to: wireText }),
  /** Telephone help line shown on every page. */
  helpLine: wireText,
  /** Categories the gateway offers besides the derived ones (e.g. special groups); may be empty. */
  // A gateway that predates `otherCategories` offers none; a malformed list is a bad answer.
  otherCategories: v.optional(
    v.array(v.object({ id: wireText, name: wireText, description: wireText })),
    [],
  ),
});

export const NoticeSummarySchema = v.object({
  id: wireText,
  title: wireText,
  /** Publication date, YYYY-MM-DD. */
  publishedOn: wireText,
});

export const NoticeSchema = v.object({
  ...NoticeSummarySchema.entries,
  /** Plain text paragraphs; rendered as text, never as markup. */
  paragraphs: v.array(wireText),
});

export const FaqEntrySchema = v.object({
  /** 1-based number of the answer in the source FAQ. */
  number: count,
  question: wireText,
  /** Plain text paragraphs. */
  answer: v.array(wireText),
});

export const MaterialInfoSchema = v.pipe(
  v.object({
    kind: oneOf(MATERIAL_KINDS),
    name: wireText,
    description: wireText,
    /** How many photos one copy needs at least (e.g. register pages). */
    minPhotos: count,
    /** How many photos one copy may have at most. */
    maxPhotos: count,
  }),
  v.check((info) => info.minPhotos <= info.maxPhotos, 'invalid'),
);

export const SchoolSchema = v.object({
  id: wireText,
  name: wireText,
  district: wireText,
  // Bounded so a gateway's runaway text cannot stretch the picker's rows.
  address: v.pipe(wireText, v.maxLength(120, 'too-long')),
  /** Places still open, where the gateway publishes it (transfer). */
  remainingPlaces: v.nullable(count),
});

export const VerificationCheckSchema = v.object({
  source: oneOf(VERIFICATION_SOURCES),
  status: oneOf(CHECK_STATUSES),
  /** When the department's record was last updated (YYYY-MM-DD), for verified checks. */
  recordDate: nullableText,
  /** Verified values by answer path, e.g. `household.address`; booleans as 'true'/'false', numbers as decimal text. */
  values: v.record(v.string(), wireText),
});

export const VerificationSchema = v.object({
  id: wireText,
  status: oneOf(VERIFICATION_STATUSES),
  /** 0 to 1, for the progress bar. */
  progress: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  checks: v.array(VerificationCheckSchema),
  /** When to poll again, in milliseconds (the gateway slows clients down under load). */
  pollAfterMs: count,
});

export const UploadRefSchema = v.object({
  id: wireText,
  bytes: count,
  width: count,
  height: count,
  /** Hex SHA-256 of the stored bytes. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  mimeType: wireText,
});

export const RegistrationSchema = v.object({
  id: wireText,
  /** The reference number on the receipt (回执编号). */
  reference: wireText,
  subsystem: oneOf(SUBSYSTEMS),
  status: oneOf(REGISTRATION_STATUSES),
  submittedAt: wireText,
  category: oneOf(CATEGORY_IDS),
  childName: wireText,
  childIdNumber: wireText,
  schoolId: wireText,
  /** Whether the family must book an on-site registration (FAQ 10). */
  needsOnSiteAppointment: v.boolean(),
});

export const AppointmentSchema = v.object({
  slotId: wireText,
  pointId: wireText,
  pointName: wireText,
  pointAddress: wireText,
  date: wireText,
  period: wireText,
  bookedAt: wireText,
});

export const AppointmentOptionsSchema = v.object({
  points: v.array(v.object({ id: wireText, name: wireText, address: wireText })),
  slots: v.array(
    v.object({
      id: wireText,
      pointId: wireText,
      /** YYYY-MM-DD (Beijing). */
      date: wireText,
      /** e.g. '09:00-10:30'. */
      period: wireText,
      capacity: v.pipe(v.number(), v.integer()),
      /** The gateway's count at the moment of the answer. */
      remaining: v.pipe(v.number(), v.integer()),
    }),
  ),
});

export const CorrectionRequestSchema = v.object({
  reason: wireText,
  /** Gateway time (ISO 8601 with offset); resubmission is refused from this moment on. */
  deadline: wireText,
  /** The form section to change (a section id such as 'residence'); null: not named. */
  // An older gateway may leave the section out or send something else: then it is not named.
  section: v.fallback(v.optional(nullableText, null), null),
});

export const RegistrationSummarySchema = v.object({
  ...RegistrationSchema.entries,
  /** Each change of status with the gateway's time (the timeline, FAQ 14). */
  history: v.array(v.object({ status: oneOf(REGISTRATION_STATUSES), at: wireText })),
  /** Why the registration was returned and until when it may be resubmitted. */
  correction: v.nullable(CorrectionRequestSchema),
  /** The reviewer's note on a 'not-passed' result; null otherwise. */
  resultNote: nullableText,
  /** The booked on-site appointment (FAQ 10). */
  appointment: v.nullable(AppointmentSchema),
  /** The registration this one replaced after a correction. */
  replaces: nullableText,
});

const SchoolInfoSchema = v.object({ id: wireText, name: wireText, address: wireText });

/**
 * The submitted content as kept. Read loosely: a registration stored under an older form stays
 * readable; the client shows what it finds and re-fills from it.
 */
const StoredSubmissionSchema = v.looseObject({
  subsystem: oneOf(SUBSYSTEMS),
  answers: v.looseObject({
    child: v.looseObject({}),
    guardian: v.looseObject({}),
    household: v.looseObject({}),
    residence: v.looseObject({}),
  }),
  materials: v.record(v.string(), v.unknown()),
});

export const RegistrationDetailSchema = v.object({
  ...RegistrationSummarySchema.entries,
  submission: StoredSubmissionSchema,
  /** The chosen school's name and address; null when the gateway no longer lists it. */
  // A school the gateway no longer lists is shown as unknown, never as an id.
  school: v.fallback(v.nullable(SchoolInfoSchema), null),
});

export const ServerDraftSchema = v.object({
  id: wireText,
  subsystem: oneOf(SUBSYSTEMS),
  /** 1 for the first save, +1 at every accepted save. */
  version: count,
  /** When the gateway accepted the save (gateway clock, ISO 8601). */
  savedAt: wireText,
  /** The app's own draft record, opaque to the gateway (plain JSON, at most 256 KB). */
  payload: v.unknown(),
});

export const FieldProblemSchema = v.object({
  /** Dotted path of the field in the request body, e.g. `child.idNumber`. */
  field: wireText,
  /** The reason: `required`, `invalid`, `too-long`, `out-of-range`, ... */
  code: wireText,
});
