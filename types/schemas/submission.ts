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
    sex: v.pipe(
      oneOf(['male', 'female'] as const),
      v.description(
        'Derived from a resident ID or residence permit; asked for the other documents.',
      ),
    ),
    birthDate: isoDate,
    ethnicity: text(TEXT_LIMITS.code),
    contactMobile: v.pipe(
      matching(MOBILE_PATTERN, 11),
      v.description("Defaults to the host app's mobile number and may be changed (FAQ 3)."),
    ),
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
    applicantRole: v.pipe(
      oneOf(['father', 'mother'] as const),
      v.description(
        'How the signed-in parent relates to the child; only parents may apply (FAQ 2).',
      ),
    ),
    otherParent: v.pipe(
      v.nullable(OtherParentSchema),
      v.description('The other parent, optional.'),
    ),
  },
  'invalid',
);

export const HouseholdSchema = v.object(
  {
    head: v.pipe(
      oneOf(KINS),
      v.description('Whose household register (户口簿) the child is in, seen from the child.'),
    ),
    headName: text(TEXT_LIMITS.name),
    address: text(TEXT_LIMITS.address),
    inDowntown: v.pipe(
      v.boolean('invalid'),
      v.description('Whether the household address is in the downtown registration area.'),
    ),
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
    sharePercent: v.pipe(
      integer(1, 100),
      v.description("The owner's share of the home, in percent."),
    ),
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
    employerOrLicence: v.pipe(
      text(TEXT_LIMITS.note),
      v.description("Employer name, or the business licence's unified social credit code."),
    ),
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
  schoolId: v.pipe(
    text(TEXT_LIMITS.code),
    v.description("The chosen school, from the gateway's list for the address (and target grade)."),
  ),
};

export const StudentSchema = v.object(
  {
    currentSchool: text(TEXT_LIMITS.name * 2),
    currentGrade: oneOf(CURRENT_GRADES),
    statusNumber: v.pipe(
      matching(STATUS_NUMBER_PATTERN, 19),
      v.description(
        "全国学籍号: 'G' + the student's 18-character resident ID number, or 'L' + 18 characters for a student who had no resident ID when first registered.",
      ),
    ),
    currentDistrict: v.pipe(
      text(TEXT_LIMITS.name),
      v.description('The district (or city and district) of the current school.'),
    ),
  },
  'invalid',
);

export const TransferRequestSchema = v.object(
  {
    targetGrade: oneOf(TARGET_GRADES),
    reason: oneOf(TRANSFER_REASONS),
    reasonNote: v.pipe(
      optionalText(TEXT_LIMITS.note),
      v.description("A short explanation, for reason 'other' only; '' otherwise."),
    ),
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
  v.description('Photos by material kind; the gateway reads only their ids.'),
);

/**
 * The parent's declaration that the registration is true and complete and that they accept the
 * review (本人承诺); the gateway refuses a submission without it and keeps it.
 */
export const DeclarationSchema = v.object(
  {
    accepted: v.literal(true, 'not-accepted'),
    textVersion: v.pipe(
      v.picklist(DECLARATION_VERSIONS, 'unknown-version'),
      v.description('Which wording of the declaration the parent accepted.'),
    ),
    acceptedAt: v.pipe(
      isoDateTime,
      v.description('When the parent accepted it (ISO 8601 with offset or Z).'),
    ),
  },
  'invalid',
);

const submissionParts = {
  verificationId: v.pipe(
    v.nullable(text(TEXT_LIMITS.code)),
    v.description('The verification job whose results the answers carry; null if none ran.'),
  ),
  disputedFields: v.pipe(
    v.array(text(TEXT_LIMITS.path), 'invalid'),
    v.maxLength(LIST_LIMITS.disputedFields, 'too-many'),
    v.description('Answer paths the parent marked as wrong after an automatic backfill.'),
  ),
  materials: MaterialsSchema,
  declaration: DeclarationSchema,
  replaces: v.optional(
    v.pipe(
      v.nullable(text(TEXT_LIMITS.code)),
      v.description('A correction names the returned registration it replaces.'),
    ),
  ),
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
