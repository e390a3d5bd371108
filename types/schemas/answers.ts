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
  parentId: wireText,
  name: wireText,
  idNumber: wireText,
  mobile: wireText,
});

export const SessionGrantSchema = v.object({
  token: wireText,
  expiresAt: wireText,
  profile: ParentProfileSchema,
  storageKey: wireText,
});

const WindowSchema = v.object({ opensAt: wireText, closesAt: wireText });

export const SeasonConfigSchema = v.object({
  season: count,
  windows: v.object({ enrollment: WindowSchema, transfer: WindowSchema }),
  enrollmentBirthRange: v.object({ from: wireText, to: wireText }),
  helpLine: wireText,
  // A gateway that predates `otherCategories` offers none; a malformed list is a bad answer.
  otherCategories: v.optional(
    v.array(v.object({ id: wireText, name: wireText, description: wireText })),
    [],
  ),
});

export const NoticeSummarySchema = v.object({
  id: wireText,
  title: wireText,
  publishedOn: wireText,
});

export const NoticeSchema = v.object({
  ...NoticeSummarySchema.entries,
  paragraphs: v.array(wireText),
});

export const FaqEntrySchema = v.object({
  number: count,
  question: wireText,
  answer: v.array(wireText),
});

export const MaterialInfoSchema = v.pipe(
  v.object({
    kind: oneOf(MATERIAL_KINDS),
    name: wireText,
    description: wireText,
    minPhotos: count,
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
  remainingPlaces: v.nullable(count),
});

export const VerificationCheckSchema = v.object({
  source: oneOf(VERIFICATION_SOURCES),
  status: oneOf(CHECK_STATUSES),
  recordDate: nullableText,
  values: v.record(v.string(), wireText),
});

export const VerificationSchema = v.object({
  id: wireText,
  status: oneOf(VERIFICATION_STATUSES),
  progress: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  checks: v.array(VerificationCheckSchema),
  pollAfterMs: count,
});

export const UploadRefSchema = v.object({
  id: wireText,
  bytes: count,
  width: count,
  height: count,
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  mimeType: wireText,
});

export const RegistrationSchema = v.object({
  id: wireText,
  reference: wireText,
  subsystem: oneOf(SUBSYSTEMS),
  status: oneOf(REGISTRATION_STATUSES),
  submittedAt: wireText,
  category: oneOf(CATEGORY_IDS),
  childName: wireText,
  childIdNumber: wireText,
  schoolId: wireText,
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
      date: wireText,
      period: wireText,
      capacity: v.pipe(v.number(), v.integer()),
      remaining: v.pipe(v.number(), v.integer()),
    }),
  ),
});

export const CorrectionRequestSchema = v.object({
  reason: wireText,
  deadline: wireText,
  // An older gateway may leave the section out or send something else: then it is not named.
  section: v.fallback(v.optional(nullableText, null), null),
});

export const RegistrationSummarySchema = v.object({
  ...RegistrationSchema.entries,
  history: v.array(v.object({ status: oneOf(REGISTRATION_STATUSES), at: wireText })),
  correction: v.nullable(CorrectionRequestSchema),
  resultNote: nullableText,
  appointment: v.nullable(AppointmentSchema),
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
  // A school the gateway no longer lists is shown as unknown, never as an id.
  school: v.fallback(v.nullable(SchoolInfoSchema), null),
});

export const ServerDraftSchema = v.object({
  id: wireText,
  subsystem: oneOf(SUBSYSTEMS),
  version: count,
  savedAt: wireText,
  payload: v.unknown(),
});

export const FieldProblemSchema = v.object({ field: wireText, code: wireText });
