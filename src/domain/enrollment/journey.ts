/**
 * The enrollment journey in one place (GOV.UK "complete multiple tasks"): sections in task-list
 * order and the questions of each, grouped into steps of a few per screen. Steps depend on
 * earlier answers, so they are computed from the draft, never stored.
 */
import { idTypeAsksFacts } from './derived-facts';
import type { EnrollmentDraft } from './draft';
import type { FieldPath } from './field-paths';

export const SECTION_IDS = [
  'child',
  'guardian',
  'household',
  'residence',
  'migrant',
  'school',
  'materials',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

type Steps = FieldPath[][];

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

const STEPS: Record<SectionId, (draft: EnrollmentDraft) => Steps> = {
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
  school: () => [['schoolId']],
  // Materials are photos, not answers: the page lists requiredMaterials instead of questions.
  materials: () => [],
};

/** The questions of a section grouped into screens, for the current answers (PRODUCT.md). */
export function sectionSteps(section: SectionId, draft: EnrollmentDraft): FieldPath[][] {
  return STEPS[section](draft);
}

/** Every question a section currently asks, in form order. */
export function sectionFields(section: SectionId, draft: EnrollmentDraft): FieldPath[] {
  return sectionSteps(section, draft).flat();
}

/** The step after `stepIndex`, or null when the section ends (then: back to the task list). */
export function nextStep(
  section: SectionId,
  stepIndex: number,
  draft: EnrollmentDraft,
): number | null {
  // Recomputed from the draft: answering the ID type or home kind may add or remove steps.
  return stepIndex + 1 < sectionSteps(section, draft).length ? stepIndex + 1 : null;
}

/** The step before `stepIndex`, or null on the first (then: back to the task list). */
export function previousStep(
  section: SectionId,
  stepIndex: number,
  draft: EnrollmentDraft,
): number | null {
  const last = sectionSteps(section, draft).length - 1;
  if (stepIndex <= 0 || last < 0) return null;
  return Math.min(stepIndex - 1, last);
}

/** The section that asks a field, to link a problem on the check-answers page to its screen. */
export function sectionOfField(field: FieldPath): SectionId {
  const section = field.split('.')[0];
  return section === 'schoolId' ? 'school' : (section as SectionId);
}

/** The step of a section that asks `field` now, or null if it is not asked for these answers. */
export function stepOfField(field: FieldPath, draft: EnrollmentDraft): number | null {
  const index = sectionSteps(sectionOfField(field), draft).findIndex((step) =>
    step.includes(field),
  );
  return index === -1 ? null : index;
}
