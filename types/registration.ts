/**
 * What a parent registers (PRODUCT.md, Registration content). Answers are partial while a draft is
 * being filled; the gateway validates a submitted registration on its own.
 */
import type * as v from 'valibot';
import type { Subsystem } from './config';
import type {
  RegistrationDetailSchema,
  RegistrationSchema,
  RegistrationSummarySchema,
} from './schemas/answers';
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

export interface ChildAnswers {
  name: string;
  idType: IdDocumentType;
  idNumber: string;
  /** Derived from a resident ID or residence permit; asked for the other permits. */
  sex: Sex;
  birthDate: string;
  ethnicity: string;
  /** Defaults to the host's mobile and may be changed here (FAQ 3). */
  contactMobile: string;
}

export interface OtherParentAnswers {
  name: string;
  idType: IdDocumentType;
  idNumber: string;
  mobile: string;
}

export interface GuardianAnswers {
  /** How the signed-in parent relates to the child. */
  applicantRole: ParentRole;
  /** The other parent is optional. */
  otherParent: OtherParentAnswers | null;
}

export interface HouseholdAnswers {
  /** Whose household register (户口簿) the child is in. */
  head: Kin;
  headName: string;
  address: string;
  /** Whether the household address is in the downtown registration area. */
  inDowntown: boolean;
}

export type PropertyCertificateType =
  'real-estate-certificate' | 'house-ownership-certificate' | 'purchase-contract';

export interface OwnedHomeAnswers {
  kind: 'owned';
  certificateType: PropertyCertificateType;
  certificateNumber: string;
  owner: Kin;
  ownerName: string;
  address: string;
  /** The owner's share of the home, in percent (1-100). */
  sharePercent: number;
}

export interface RentedHomeAnswers {
  kind: 'rented' | 'other';
  address: string;
}

export type ResidenceAnswers = OwnedHomeAnswers | RentedHomeAnswers;

/** Extra answers for children of migrant workers (随迁子女; FAQ 10). */
export interface MigrantAnswers {
  residencePermitNumber: string;
  livelihood: 'employed' | 'self-employed';
  /** Employer name, or the business licence's unified social credit code. */
  employerOrLicence: string;
  socialInsuranceMonths: number;
}

/** Registration categories; the client derives one from the answers, never asks bluntly. */
export type CategoryId =
  'household-property-match' | 'household-property-differ' | 'migrant-worker' | 'other';

export interface EnrollmentAnswers {
  child: ChildAnswers;
  guardian: GuardianAnswers;
  household: HouseholdAnswers;
  residence: ResidenceAnswers;
  migrant: MigrantAnswers | null;
  schoolId: string;
}

/** A school grade: primary 1-6, junior high 7-9 (wire text, as choice answers are). */
export type Grade = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

/** The student's grade now; a primary graduate applies to grade 7 in transfer (FAQ 1). */
export type CurrentGrade = Grade | 'primary-graduate';

/** Grades a transfer may target: primary 2-6, junior high 7-9 (PRODUCT.md, Transfer adds). */
export type TargetGrade = Exclude<Grade, '1'>;

/** Why the family asks for a transfer; each reason brings its own material. */
export type TransferReason = 'household-move' | 'residence-change' | 'other';

/** The student's current schooling (transfer only). */
export interface StudentAnswers {
  currentSchool: string;
  currentGrade: CurrentGrade;
  /**
   * 全国学籍号: 'G' + the student's 18-character resident ID number, or 'L' + 18 characters for
   * a student who had no resident ID when first registered (see src/domain/transfer).
   */
  statusNumber: string;
  /** The district (or city and district) of the current school. */
  currentDistrict: string;
}

/** What the transfer asks for (transfer only). */
export interface TransferRequestAnswers {
  targetGrade: TargetGrade;
  reason: TransferReason;
  /** A short explanation, for 'other' reasons only; '' otherwise. */
  reasonNote: string;
}

/** 中小学转学申请信息登记: the enrollment answers (the student as `child`) plus transfer's own. */
export interface TransferAnswers {
  child: ChildAnswers;
  student: StudentAnswers;
  guardian: GuardianAnswers;
  household: HouseholdAnswers;
  residence: ResidenceAnswers;
  migrant: MigrantAnswers | null;
  transfer: TransferRequestAnswers;
  /** The target school, from the gateway's list for the address and target grade. */
  schoolId: string;
}

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
export interface Declaration {
  accepted: true;
  /** Which wording the parent accepted (DECLARATION_VERSIONS). */
  textVersion: DeclarationVersion;
  /** When the parent accepted it (ISO 8601 with offset or Z). */
  acceptedAt: string;
}

/** `POST /registrations` body (with an Idempotency-Key header). */
export interface SubmitEnrollment {
  subsystem: Extract<Subsystem, 'enrollment'>;
  answers: EnrollmentAnswers;
  /** The verification job whose results the answers carry, if one ran. */
  verificationId: string | null;
  /** Field paths the parent marked "this is wrong" after an automatic backfill. */
  disputedFields: string[];
  materials: MaterialUploads;
  declaration: Declaration;
}

/** `POST /registrations` body for a transfer application (with an Idempotency-Key header). */
export interface SubmitTransfer {
  subsystem: Extract<Subsystem, 'transfer'>;
  answers: TransferAnswers;
  verificationId: string | null;
  disputedFields: string[];
  materials: MaterialUploads;
  declaration: Declaration;
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
