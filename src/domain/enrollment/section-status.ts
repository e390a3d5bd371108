/**
 * The task list's statuses (GOV.UK "complete multiple tasks"), derived from the answers every
 * time, never stored (STYLE.md). 'problem': answers that fail a rule, e.g. an ineligible child.
 */
import type { MaterialUploads, VerificationCheck } from '@contract';
import { validateMobile } from '../identity/mobile';
import { migrantSectionNeed } from './category';
import type { EnrollmentContext, EnrollmentDraft } from './draft';
import { hasValue, readField } from './draft-access';
import type { FieldPath } from './field-paths';
import { SECTION_IDS, sectionFields, type SectionId } from './journey';
import { requiredMaterials } from './materials';
import { missingMaterials, type MinPhotosByKind } from './missing-materials';
import { validateSection } from './validate';

export type SectionStatus =
  'not-started' | 'in-progress' | 'completed' | 'cannot-start' | 'problem' | 'not-needed';

/** What the materials section is judged on: verification results and uploaded photos. */
export interface MaterialsEvidence {
  checks: readonly VerificationCheck[];
  disputedFields: readonly string[];
  uploads: MaterialUploads;
  minPhotos: MinPhotosByKind;
}

const BEFORE_SCHOOL: readonly SectionId[] = ['household', 'residence'];

// The contact mobile prefilled from the host (FAQ 3) does not make the section "started".
function isParentAnswer(field: FieldPath, draft: EnrollmentDraft, context: EnrollmentContext) {
  const value = readField(draft, field);
  if (!hasValue(value)) return false;
  if (field !== 'child.contactMobile') return true;
  const host = validateMobile(context.applicant.mobile);
  const typed = validateMobile(String(value));
  return !(host.ok && typed.ok && host.value === typed.value);
}

function answersStatus(
  section: SectionId,
  draft: EnrollmentDraft,
  context: EnrollmentContext,
): SectionStatus {
  const started = sectionFields(section, draft).some((f) => isParentAnswer(f, draft, context));
  if (!started) return 'not-started';
  const problems = validateSection(section, draft, context);
  if (problems.some((problem) => problem.code !== 'required')) return 'problem';
  return problems.length > 0 ? 'in-progress' : 'completed';
}

function materialsStatus(draft: EnrollmentDraft, evidence: MaterialsEvidence | undefined) {
  if (evidence === undefined) return 'not-started';
  const requirements = requiredMaterials(draft, evidence.checks, evidence.disputedFields);
  if (missingMaterials(requirements, evidence.uploads, evidence.minPhotos).length === 0) {
    return 'completed';
  }
  const anyUpload = requirements.some((r) => (evidence.uploads[r.id]?.length ?? 0) > 0);
  return anyUpload ? 'in-progress' : 'not-started';
}

/** Every section's status, in task-list order (GOV.UK task list; PRODUCT.md, Registration content). */
export function sectionStatus(
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  evidence?: MaterialsEvidence,
): Record<SectionId, SectionStatus> {
  const status = {} as Record<SectionId, SectionStatus>;
  const done = (section: SectionId) =>
    status[section] === 'completed' || status[section] === 'not-needed';
  for (const section of SECTION_IDS) {
    if (section === 'migrant' && migrantSectionNeed(draft) !== 'needed') {
      // Unknown until the household says whether it is downtown (FAQ 10).
      status.migrant = migrantSectionNeed(draft) === 'unknown' ? 'cannot-start' : 'not-needed';
    } else if (section === 'school' && !BEFORE_SCHOOL.every(done)) {
      // Catchment schools are looked up by address: household and residence first.
      status.school = 'cannot-start';
    } else if (section === 'materials') {
      const earlier = SECTION_IDS.filter((id) => id !== 'materials');
      status.materials = earlier.every(done) ? materialsStatus(draft, evidence) : 'cannot-start';
    } else {
      status[section] = answersStatus(section, draft, context);
    }
  }
  return status;
}

/** Whether a section is finished, e.g. to return to the task list after its last step. */
export function isSectionComplete(
  section: SectionId,
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  evidence?: MaterialsEvidence,
): boolean {
  return sectionStatus(draft, context, evidence)[section] === 'completed';
}

/** Whether submit may be offered: every needed section completed (PRODUCT.md, Drafts, submit). */
export function isReadyToSubmit(
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  evidence: MaterialsEvidence,
): boolean {
  const status = sectionStatus(draft, context, evidence);
  return SECTION_IDS.every((id) => status[id] === 'completed' || status[id] === 'not-needed');
}
