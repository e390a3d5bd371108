/**
 * The journey in one place (GOV.UK "complete multiple tasks"): sections in task-list order and
 * the questions of each, grouped into steps of a few per screen. Steps depend on earlier answers,
 * so they are computed from the draft, never stored. Each function takes the subsystem's
 * definition; enrollment's is the default.
 */
import type { EnrollmentDraft } from './draft';
import { ENROLLMENT_JOURNEY } from './enrollment-journey';
import type { FieldPath } from './field-paths';
import type { JourneyDefinition, SectionId } from './journey-definition';

export type { JourneyDefinition, SectionId } from './journey-definition';
export { ALL_SECTION_IDS } from './journey-definition';
export { ENROLLMENT_JOURNEY } from './enrollment-journey';

/** The enrollment task list (小学入学信息登记), in order. */
export const SECTION_IDS = ENROLLMENT_JOURNEY.sections;

/** The questions of a section grouped into screens, for the current answers (PRODUCT.md). */
export function sectionSteps(
  section: SectionId,
  draft: EnrollmentDraft,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): FieldPath[][] {
  return journey.steps[section]?.(draft) ?? [];
}

/** Every question a section currently asks, in form order. */
export function sectionFields(
  section: SectionId,
  draft: EnrollmentDraft,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): FieldPath[] {
  return sectionSteps(section, draft, journey).flat();
}

/** The step after `stepIndex`, or null when the section ends (then: back to the task list). */
export function nextStep(
  section: SectionId,
  stepIndex: number,
  draft: EnrollmentDraft,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): number | null {
  // Recomputed from the draft: answering the ID type or home kind may add or remove steps.
  return stepIndex + 1 < sectionSteps(section, draft, journey).length ? stepIndex + 1 : null;
}

/** The step before `stepIndex`, or null on the first (then: back to the task list). */
export function previousStep(
  section: SectionId,
  stepIndex: number,
  draft: EnrollmentDraft,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): number | null {
  const last = sectionSteps(section, draft, journey).length - 1;
  if (stepIndex <= 0 || last < 0) return null;
  return Math.min(stepIndex - 1, last);
}

/** The section that asks a field, to link a problem on the check-answers page to its screen. */
export function sectionOfField(
  field: FieldPath,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): SectionId {
  return journey.sectionOf[field] ?? (field.split('.')[0] as SectionId);
}

/** The step of a section that asks `field` now, or null if it is not asked for these answers. */
export function stepOfField(
  field: FieldPath,
  draft: EnrollmentDraft,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): number | null {
  const index = sectionSteps(sectionOfField(field, journey), draft, journey).findIndex((step) =>
    step.includes(field),
  );
  return index === -1 ? null : index;
}
