/** The steps both journeys ask the same way: child, guardian, household, residence, migrant. */
import { idTypeAsksFacts } from './derived-facts';
import type { EnrollmentDraft } from './draft';
import type { FieldPath } from './field-paths';
import type { SectionId, Steps } from './journey-definition';

const CHILD_IDENTITY: FieldPath[] = ['child.name', 'child.idType', 'child.idNumber'];
const CHILD_FACTS: FieldPath[] = ['child.sex', 'child.birthDate'];
const CHILD_CONTACT: FieldPath[] = ['child.ethnicity', 'child.contactMobile'];
const OTHER_PARENT: FieldPath[] = [
  'guardian.otherParent.name',
  'guardian.otherParent.idType',
  'guardian.otherParent.idNumber',
  'guardian.otherParent.mobile',
];
const OWNED_HOME: Steps = [
  ['residence.certificateType', 'residence.certificateNumber'],
  ['residence.owner', 'residence.ownerName', 'residence.sharePercent'],
  ['residence.address'],
];

/** Identity, family and home questions (PRODUCT.md, Registration content), shared by both subsystems. */
export const SHARED_STEPS: Partial<Record<SectionId, (draft: EnrollmentDraft) => Steps>> = {
  // Sex and birth date are asked only for permits that do not encode them (GB 11643).
  child: (draft) =>
    idTypeAsksFacts(draft.child?.idType)
      ? [CHILD_IDENTITY, CHILD_FACTS, CHILD_CONTACT]
      : [CHILD_IDENTITY, CHILD_CONTACT],
  guardian: () => [['guardian.applicantRole'], OTHER_PARENT],
  household: () => [
    ['household.head', 'household.headName'],
    ['household.address', 'household.inDowntown'],
  ],
  // Until the kind is known only the kind is asked; owned homes ask for the certificate.
  residence: (draft) => {
    const kind = draft.residence?.kind;
    if (kind === undefined) return [['residence.kind']];
    return kind === 'owned'
      ? [['residence.kind'], ...OWNED_HOME]
      : [['residence.kind'], ['residence.address']];
  },
  migrant: () => [
    ['migrant.residencePermitNumber'],
    ['migrant.livelihood', 'migrant.employerOrLicence'],
    ['migrant.socialInsuranceMonths'],
  ],
  // Materials are photos, not answers: the page lists requiredMaterials instead of questions.
  materials: () => [],
};
