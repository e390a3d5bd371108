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
import {
  ENROLLMENT_JOURNEY,
  sectionFields,
  type JourneyDefinition,
  type SectionId,
} from './journey';
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
  journey: JourneyDefinition,
): SectionStatus {
  const started = sectionFields(section, draft, journey).some((f) =>
    isParentAnswer(f, draft, context),
  );
  if (!started) return 'not-started';
  const problems = validateSection(section, draft, context, journey);
  if (problems.some((problem) => problem.code !== 'required')) return 'problem';
  return problems.length > 0 ? 'in-progress' : 'completed';
}

function materialsStatus(
  draft: EnrollmentDraft,
  evidence: MaterialsEvidence | undefined,
  journey: JourneyDefinition,
) {
  if (evidence === undefined) return 'not-started';
  const requirements = requiredMaterials(draft, evidence.checks, evidence.disputedFields, journey);
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
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): Partial<Record<SectionId, SectionStatus>> & Record<'materials', SectionStatus> {
  const status: Partial<Record<SectionId, SectionStatus>> = {};
  const done = (section: SectionId) =>
    status[section] === 'completed' || status[section] === 'not-needed';
  for (const section of journey.sections) {
    if (section === 'migrant' && migrantSectionNeed(draft) !== 'needed') {
      // Unknown until the household says whether it is downtown (FAQ 10).
      status.migrant = migrantSectionNeed(draft) === 'unknown' ? 'cannot-start' : 'not-needed';
    } else if (!(journey.waitsFor[section] ?? []).every(done)) {
      // E.g. schools are looked up by address: household and residence first.
      status[section] = 'cannot-start';
    } else if (section === 'materials') {
      const earlier = journey.sections.filter((id) => id !== 'materials');
      status.materials = earlier.every(done)
        ? materialsStatus(draft, evidence, journey)
        : 'cannot-start';
    } else {
      status[section] = answersStatus(section, draft, context, journey);
    }
  }
  return { materials: 'cannot-start', ...status };
}

/** Whether a section is finished, e.g. to return to the task list after its last step. */
export function isSectionComplete(
  section: SectionId,
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  evidence?: MaterialsEvidence,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): boolean {
  return sectionStatus(draft, context, evidence, journey)[section] === 'completed';
}

/** Whether submit may be offered: every needed section completed (PRODUCT.md, Drafts, submit). */
export function isReadyToSubmit(
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  evidence: MaterialsEvidence,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): boolean {
  const status = sectionStatus(draft, context, evidence, journey);
  return journey.sections.every((id) => status[id] === 'completed' || status[id] === 'not-needed');
}
