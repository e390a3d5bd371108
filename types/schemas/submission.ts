/**
 * `POST /registrations` request: what a parent submits (PRODUCT.md, Registration content). The
 * schema checks shape, wire values, text limits and formats; the gateway's rules that need its
 * own records (ID check characters, verified values, uploads, places) come after it.
 */
import * as v from 'valibot';
import {
  CURRENT_GRADES,
  ID_DOCUMENT_TYPES,
  KINS,
  MATERIAL_KINDS,
  PROPERTY_CERTIFICATE_TYPES,
  TARGET_GRADES,
  TRANSFER_REASONS,
} from '../enrollment-values';
import { LIST_LIMITS, TEXT_LIMITS } from '../limits';
import { DECLARATION_VERSIONS } from '../registration';
import { integer, isoDate, isoDateTime, matching, oneOf, optionalText, text } from './fields';

/** A mainland mobile number (11 digits, 13x-19x). */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
/** Any accepted ID document number's characters; the document type's own rules come after. */
const ID_NUMBER_PATTERN = /^[0-9A-Z]{8,18}$/;
/** 全国学籍号: 'G' + an 18-character resident ID number, or 'L' + 18 digits or capitals. */
export const STATUS_NUMBER_PATTERN = /^(?:G\d{17}[\dX]|L[0-9A-Z]{18})$/;

const idNumber = matching(ID_NUMBER_PATTERN, 18);

export const ChildSchema = v.object(
  {
    name: text(TEXT_LIMITS.name),
    idType: oneOf(ID_DOCUMENT_TYPES),
    idNumber,
    sex: oneOf(['male', 'female'] as const),
    birthDate: isoDate,
    ethnicity: text(TEXT_LIMITS.code),
    contactMobile: matching(MOBILE_PATTERN, 11),
  },
  'invalid',
);

export const OtherParentSchema = v.object(
  {
    name: text(TEXT_LIMITS.name),
    idType: oneOf(ID_DOCUMENT_TYPES),
    idNumber,
    mobile: matching(MOBILE_PATTERN, 11),
  },
  'invalid',
);

export const GuardianSchema = v.object(
  {
    applicantRole: oneOf(['father', 'mother'] as const),
    otherParent: v.nullable(OtherParentSchema),
  },
  'invalid',
);

export const HouseholdSchema = v.object(
  {
    head: oneOf(KINS),
    headName: text(TEXT_LIMITS.name),
    address: text(TEXT_LIMITS.address),
    inDowntown: v.boolean('invalid'),
  },
  'invalid',
);

export const OwnedHomeSchema = v.object(
  {
    kind: v.literal('owned', 'invalid'),
    certificateType: oneOf(PROPERTY_CERTIFICATE_TYPES),
    certificateNumber: text(TEXT_LIMITS.number),
    owner: oneOf(KINS),
    ownerName: text(TEXT_LIMITS.name),
    address: text(TEXT_LIMITS.address),
    sharePercent: integer(1, 100),
  },
  'invalid',
);

export const RentedHomeSchema = v.object(
  { kind: oneOf(['rented', 'other'] as const), address: text(TEXT_LIMITS.address) },
  'invalid',
);

export const ResidenceSchema = v.variant('kind', [OwnedHomeSchema, RentedHomeSchema], 'invalid');

export const MigrantSchema = v.object(
  {
    residencePermitNumber: text(TEXT_LIMITS.number),
    livelihood: oneOf(['employed', 'self-employed'] as const),
    employerOrLicence: text(TEXT_LIMITS.note),
    socialInsuranceMonths: integer(0, 600),
  },
  'invalid',
);

const commonAnswers = {
  child: ChildSchema,
  guardian: GuardianSchema,
  household: HouseholdSchema,
  residence: ResidenceSchema,
  migrant: v.nullable(MigrantSchema),
  schoolId: text(TEXT_LIMITS.code),
};

export const StudentSchema = v.object(
  {
    currentSchool: text(TEXT_LIMITS.name * 2),
    currentGrade: oneOf(CURRENT_GRADES),
    statusNumber: matching(STATUS_NUMBER_PATTERN, 19),
    currentDistrict: text(TEXT_LIMITS.name),
  },
  'invalid',
);

export const TransferRequestSchema = v.object(
  {
    targetGrade: oneOf(TARGET_GRADES),
    reason: oneOf(TRANSFER_REASONS),
    reasonNote: optionalText(TEXT_LIMITS.note),
  },
  'invalid',
);

/** The gateway reads only a photo's id; what it stored at upload replaces any other claim. */
const MaterialRefSchema = v.object({ id: text(TEXT_LIMITS.code) }, 'invalid');

const MaterialsSchema = v.pipe(
  // A list is an object too, and the record would read it as an empty one.
  v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    'invalid',
  ),
  v.record(
    v.picklist(MATERIAL_KINDS, 'unknown-kind'),
    v.pipe(
      v.array(MaterialRefSchema, 'invalid'),
      v.maxLength(LIST_LIMITS.photosPerMaterial, 'too-many'),
    ),
    'invalid',
  ),
);

export const DeclarationSchema = v.object(
  {
    accepted: v.literal(true, 'not-accepted'),
    textVersion: v.picklist(DECLARATION_VERSIONS, 'unknown-version'),
    acceptedAt: isoDateTime,
  },
  'invalid',
);

const submissionParts = {
  verificationId: v.nullable(text(TEXT_LIMITS.code)),
  disputedFields: v.pipe(
    v.array(text(TEXT_LIMITS.path), 'invalid'),
    v.maxLength(LIST_LIMITS.disputedFields, 'too-many'),
  ),
  materials: MaterialsSchema,
  declaration: DeclarationSchema,
  /** A correction names the returned registration it replaces. */
  replaces: v.optional(v.nullable(text(TEXT_LIMITS.code))),
};

export const SubmitEnrollmentSchema = v.object(
  {
    subsystem: v.literal('enrollment', 'invalid'),
    answers: v.object(commonAnswers, 'invalid'),
    ...submissionParts,
  },
  'invalid',
);

export const SubmitTransferSchema = v.object(
  {
    subsystem: v.literal('transfer', 'invalid'),
    answers: v.object(
      { ...commonAnswers, student: StudentSchema, transfer: TransferRequestSchema },
      'invalid',
    ),
    ...submissionParts,
  },
  'invalid',
);

/** Either subsystem's submission (or correction); `subsystem` tells which answers it carries. */
export const SubmitRegistrationSchema = v.variant(
  'subsystem',
  [SubmitEnrollmentSchema, SubmitTransferSchema],
  'invalid',
);

export type SubmissionInput = v.InferOutput<typeof SubmitRegistrationSchema>;
