/**
 * What a parent registers (PRODUCT.md, Registration content). Answers are partial while a draft is
 * being filled; the gateway validates a submitted registration on its own.
 */
import type * as v from 'valibot';
import type {
  RegistrationDetailSchema,
  RegistrationSchema,
  RegistrationSummarySchema,
} from './schemas/answers';
import type {
  ChildSchema,
  DeclarationSchema,
  GuardianSchema,
  HouseholdSchema,
  MigrantSchema,
  OtherParentSchema,
  OwnedHomeSchema,
  RentedHomeSchema,
  ResidenceSchema,
  StudentSchema,
  SubmitEnrollmentSchema,
  SubmitTransferSchema,
  TransferRequestSchema,
} from './schemas/submission';
import type { UploadRef } from './uploads';

export type IdDocumentType =
  | 'resident-id'
  | 'hmt-residence-permit'
  | 'home-return-permit'
  | 'taiwan-permit'
  /** 外国人永久居留身份证: 15 characters before 2023, 18 beginning with 9 since. */
  | 'foreign-permanent-residence';

export type Sex = 'male' | 'female';

/** Only the child's parents may apply (FAQ 2). */
export type ParentRole = 'father' | 'mother';

/** People a household head or property owner can be, seen from the child. */
export type Kin =
  | 'father'
  | 'mother'
  | 'paternal-grandfather'
  | 'paternal-grandmother'
  | 'maternal-grandfather'
  | 'maternal-grandmother'
  | 'other';

export type ChildAnswers = v.InferInput<typeof ChildSchema>;

export type OtherParentAnswers = v.InferInput<typeof OtherParentSchema>;

export type GuardianAnswers = v.InferInput<typeof GuardianSchema>;

export type HouseholdAnswers = v.InferInput<typeof HouseholdSchema>;

export type PropertyCertificateType =
  'real-estate-certificate' | 'house-ownership-certificate' | 'purchase-contract';

export type OwnedHomeAnswers = v.InferInput<typeof OwnedHomeSchema>;

export type RentedHomeAnswers = v.InferInput<typeof RentedHomeSchema>;

export type ResidenceAnswers = v.InferInput<typeof ResidenceSchema>;

/** Extra answers for children of migrant workers (随迁子女; FAQ 10). */
export type MigrantAnswers = v.InferInput<typeof MigrantSchema>;

/** Registration categories; the client derives one from the answers, never asks bluntly. */
export type CategoryId =
  'household-property-match' | 'household-property-differ' | 'migrant-worker' | 'other';

export type EnrollmentAnswers = v.InferInput<typeof SubmitEnrollmentSchema>['answers'];

/** A school grade: primary 1-6, junior high 7-9 (wire text, as choice answers are). */
export type Grade = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

/** The student's grade now; a primary graduate applies to grade 7 in transfer (FAQ 1). */
export type CurrentGrade = Grade | 'primary-graduate';

/** Grades a transfer may target: primary 2-6, junior high 7-9 (PRODUCT.md, Transfer adds). */
export type TargetGrade = Exclude<Grade, '1'>;

/** Why the family asks for a transfer; each reason brings its own material. */
export type TransferReason = 'household-move' | 'residence-change' | 'other';

/** The student's current schooling (transfer only). */
export type StudentAnswers = v.InferInput<typeof StudentSchema>;

/** What the transfer asks for (transfer only). */
export type TransferRequestAnswers = v.InferInput<typeof TransferRequestSchema>;

/** 中小学转学申请信息登记: the enrollment answers (the student as `child`) plus transfer's own. */
export type TransferAnswers = v.InferInput<typeof SubmitTransferSchema>['answers'];

/** Uploaded photos by material kind (see materials.ts). */
export type MaterialUploads = Partial<Record<string, UploadRef[]>>;

/** The wordings of the parent's declaration the gateway accepts, newest last. */
export const DECLARATION_VERSIONS = ['2022.1'] as const;

export type DeclarationVersion = (typeof DECLARATION_VERSIONS)[number];

/** The wording the client shows today; a submission names the version the parent accepted. */
export const CURRENT_DECLARATION_VERSION: DeclarationVersion = '2022.1';

/**
 * The parent's declaration that the registration is true and complete and that they accept the
 * review (本人承诺). Required on every submission; the gateway refuses one without it (field
 * `declaration`) and keeps it with the registration.
 */
export type Declaration = v.InferInput<typeof DeclarationSchema>;

/**
 * `POST /registrations` body (with an Idempotency-Key header). The client sends each photo's
 * details as the gateway stored them; the gateway reads only their ids.
 */
export interface SubmitEnrollment extends Omit<
  v.InferInput<typeof SubmitEnrollmentSchema>,
  'materials' | 'replaces'
> {
  materials: MaterialUploads;
}

/** `POST /registrations` body for a transfer application (with an Idempotency-Key header). */
export interface SubmitTransfer extends Omit<
  v.InferInput<typeof SubmitTransferSchema>,
  'materials' | 'replaces'
> {
  materials: MaterialUploads;
}

/** Either subsystem's submission; `subsystem` tells which answers it carries. */
export type SubmitRegistration = SubmitEnrollment | SubmitTransfer;

export type RegistrationStatus =
  'submitted' | 'system-check' | 'in-review' | 'passed' | 'returned' | 'not-passed';

/** A submitted registration as the gateway keeps it (`POST /registrations` answer). */
export type Registration = v.InferOutput<typeof RegistrationSchema>;

/**
 * A registration as `GET /registrations` lists it: the stored registration with its review
 * history, the correction request when returned, the on-site appointment (FAQ 10), and the
 * registration it replaced after a correction.
 */
export type RegistrationSummary = v.InferOutput<typeof RegistrationSummarySchema>;

/** One change of a registration's status, with the gateway's time (the timeline, FAQ 14). */
export type StatusChange = RegistrationSummary['history'][number];

/** Why a registration was returned and until when the parent may resubmit it. */
export type CorrectionRequest = NonNullable<RegistrationSummary['correction']>;

/** The school a registration chose, as parents know it (never its internal id). */
export type SchoolInfo = NonNullable<v.InferOutput<typeof RegistrationDetailSchema>['school']>;

/** `GET /registrations/:id`: the summary and the submitted content (read-only; re-fill source). */
export interface RegistrationDetail extends RegistrationSummary {
  submission: SubmitRegistration;
  /** The chosen school's name and address; null when the gateway no longer lists it. */
  school: SchoolInfo | null;
}

/**
 * `POST /registrations` for a correction: the body of a new submission plus the returned
 * registration it replaces. Accepted only for this parent's returned registration of the same
 * child, before its deadline and while the window is open (409 CORRECTION_CLOSED otherwise).
 */
export type ResubmitEnrollment = SubmitRegistration & { replaces: string };
