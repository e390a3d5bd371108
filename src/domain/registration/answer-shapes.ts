/**
 * The submitted answers' shared parts, normalised (POST /registrations): child, guardian,
 * household, residence and migrant. Called only on drafts that passed every rule.
 */
import type {
  ChildAnswers,
  EnrollmentAnswers,
  MigrantAnswers,
  OtherParentAnswers,
  ResidenceAnswers,
} from '@contract';
import { validateMobile } from '../identity/mobile';
import { normalizeIdNumber } from '../identity/normalize-id';
import { migrantSectionNeed } from './category';
import type { EnrollmentDraft, ResidenceDraft } from './draft';
import { isOtherParentStarted } from './guardian-rules';
import { normalizePersonName } from './person-name';
import { normalizeCertificateNumber } from './property-certificate';

/** A validated answer; a missing one here is a bug in the rules, not a parent's mistake. */
export function present<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('validated draft lacks an answer');
  return value;
}

function mobile(raw: string): string {
  const result = validateMobile(raw);
  return result.ok ? result.value : raw;
}

function otherParent(draft: EnrollmentDraft): OtherParentAnswers | null {
  const other = draft.guardian?.otherParent;
  if (!isOtherParentStarted(other) || other === undefined || other === null) return null;
  return {
    name: normalizePersonName(present(other.name)),
    idType: present(other.idType),
    idNumber: normalizeIdNumber(present(other.idNumber)),
    mobile: other.mobile === undefined ? '' : mobile(other.mobile),
  };
}

function residence(home: ResidenceDraft): ResidenceAnswers {
  const kind = present(home.kind);
  const address = present(home.address).trim();
  if (kind !== 'owned') return { kind, address };
  return {
    kind,
    certificateType: present(home.certificateType),
    certificateNumber: normalizeCertificateNumber(present(home.certificateNumber)),
    owner: present(home.owner),
    ownerName: normalizePersonName(present(home.ownerName)),
    address,
    sharePercent: present(home.sharePercent),
  };
}

function migrant(draft: EnrollmentDraft): MigrantAnswers | null {
  if (migrantSectionNeed(draft) !== 'needed') return null;
  const answers = present(draft.migrant);
  return {
    residencePermitNumber: normalizeIdNumber(present(answers.residencePermitNumber)),
    livelihood: present(answers.livelihood),
    employerOrLicence: present(answers.employerOrLicence).trim(),
    socialInsuranceMonths: present(answers.socialInsuranceMonths),
  };
}

function child(draft: EnrollmentDraft): ChildAnswers {
  const answers = present(draft.child);
  return {
    name: normalizePersonName(present(answers.name)),
    idType: present(answers.idType),
    idNumber: normalizeIdNumber(present(answers.idNumber)),
    sex: present(answers.sex),
    birthDate: present(answers.birthDate),
    ethnicity: present(answers.ethnicity),
    contactMobile: mobile(present(answers.contactMobile)),
  };
}

/** Every answer both subsystems ask (PRODUCT.md, Registration content), normalised. */
export function shapeEnrollmentAnswers(draft: EnrollmentDraft): EnrollmentAnswers {
  const household = present(draft.household);
  return {
    child: child(draft),
    guardian: {
      applicantRole: present(draft.guardian?.applicantRole),
      otherParent: otherParent(draft),
    },
    household: {
      head: present(household.head),
      headName: normalizePersonName(present(household.headName)),
      address: present(household.address).trim(),
      inDowntown: present(household.inDowntown),
    },
    residence: residence(present(draft.residence)),
    migrant: migrant(draft),
    schoolId: present(draft.schoolId).trim(),
  };
}
