/**
 * The answers while a parent fills the form: every section and field optional. Plain JSON (no
 * dates, no undefined-only meaning), because drafts are saved on the device and on the gateway.
 */
import type {
  ChildAnswers,
  HouseholdAnswers,
  MigrantAnswers,
  OtherParentAnswers,
  OwnedHomeAnswers,
  ParentRole,
  ResidenceAnswers,
  StudentAnswers,
  TransferRequestAnswers,
} from '@contract';
import { validateMobile } from '../identity/mobile';

export type ResidenceKind = ResidenceAnswers['kind'];

/** Owned-home answers stay while a parent flips between kinds; only `kind` decides which count. */
export type ResidenceDraft = Partial<Omit<OwnedHomeAnswers, 'kind'>> & { kind?: ResidenceKind };

export interface GuardianDraft {
  applicantRole?: ParentRole;
  /** null: the parent chose not to add the other parent; undefined: not answered yet. */
  otherParent?: Partial<OtherParentAnswers> | null;
}

export interface EnrollmentDraft {
  child?: Partial<ChildAnswers>;
  guardian?: GuardianDraft;
  household?: Partial<HouseholdAnswers>;
  residence?: ResidenceDraft;
  /** null or absent unless the household is outside downtown (migrant workers' children). */
  migrant?: Partial<MigrantAnswers> | null;
  schoolId?: string;
  /** Transfer only: the student's current schooling. */
  student?: Partial<StudentAnswers>;
  /** Transfer only: target grade and reason. */
  transfer?: Partial<TransferRequestAnswers>;
}

/** The same draft shape serves both subsystems; each journey asks its own sections of it. */
export type RegistrationDraft = EnrollmentDraft;

/** What the rules need besides the answers; all of it comes from the gateway, never the device. */
export interface EnrollmentContext {
  /** The gateway's date, YYYY-MM-DD (never the device clock). */
  today: string;
  /** Eligible birth dates, inclusive, from the season configuration; null: no age window (transfer). */
  birthRange: { from: string; to: string } | null;
  /** The signed-in parent's profile from the host's single sign-on. */
  applicant: { idNumber: string; mobile: string };
}

/** A new draft with the contact mobile backfilled from the host profile (FAQ 3). */
export function initialDraft(context: EnrollmentContext): EnrollmentDraft {
  const mobile = validateMobile(context.applicant.mobile);
  return mobile.ok ? { child: { contactMobile: mobile.value } } : {};
}

/** "继续登记": another child of the same family reuses guardian, home and migrant answers (FAQ 13); the transfer reason too. */
export function nextChildDraft(previous: EnrollmentDraft): EnrollmentDraft {
  const contactMobile = previous.child?.contactMobile;
  const next: EnrollmentDraft = JSON.parse(
    JSON.stringify({
      guardian: previous.guardian,
      household: previous.household,
      residence: previous.residence,
      migrant: previous.migrant,
      transfer: previous.transfer?.reason
        ? { reason: previous.transfer.reason, reasonNote: previous.transfer.reasonNote }
        : undefined,
    }),
  );
  return contactMobile === undefined ? next : { ...next, child: { contactMobile } };
}
