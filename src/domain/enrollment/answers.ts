import type {
  EnrollmentAnswers,
  MigrantAnswers,
  OtherParentAnswers,
  ResidenceAnswers,
} from '@contract';
import { validateMobile } from '../identity/mobile';
import { normalizeIdNumber } from '../identity/normalize-id';
import { migrantSectionNeed } from './category';
import { withDerivedFacts } from './derived-facts';
import type { EnrollmentContext, EnrollmentDraft, ResidenceDraft } from './draft';
import { isOtherParentStarted } from './guardian-rules';
import { normalizePersonName } from './person-name';
import { normalizeCertificateNumber } from './property-certificate';
import { validateAll } from './validate';

function present<T>(value: T | undefined | null): T {
  // validateAll passed, so a missing value here is a bug in the rules, not a parent's mistake.
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

/** The submit body's answers, normalised; null while any rule fails (POST /registrations). */
export function toEnrollmentAnswers(
  draft: EnrollmentDraft,
  context: EnrollmentContext,
): EnrollmentAnswers | null {
  if (validateAll(draft, context).length > 0) return null;
  const effective = withDerivedFacts(draft, context.today);
  const child = present(effective.child);
  const household = present(effective.household);
  return {
    child: {
      name: normalizePersonName(present(child.name)),
      idType: present(child.idType),
      idNumber: normalizeIdNumber(present(child.idNumber)),
      sex: present(child.sex),
      birthDate: present(child.birthDate),
      ethnicity: present(child.ethnicity),
      contactMobile: mobile(present(child.contactMobile)),
    },
    guardian: {
      applicantRole: present(effective.guardian?.applicantRole),
      otherParent: otherParent(effective),
    },
    household: {
      head: present(household.head),
      headName: normalizePersonName(present(household.headName)),
      address: present(household.address).trim(),
      inDowntown: present(household.inDowntown),
    },
    residence: residence(present(effective.residence)),
    migrant: migrant(effective),
    schoolId: present(effective.schoolId).trim(),
  };
}
