import { migrantSectionNeed } from './category';
import { withDerivedFacts } from './derived-facts';
import type { EnrollmentContext, EnrollmentDraft } from './draft';
import type { FieldPath } from './field-paths';
import {
  ENROLLMENT_JOURNEY,
  sectionFields,
  sectionSteps,
  type JourneyDefinition,
  type SectionId,
} from './journey';
import type { FieldProblem } from './problem-codes';

function check(
  fields: readonly FieldPath[],
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  journey: JourneyDefinition,
) {
  // The ID's sex and birth date win over typed ones before any rule runs (PRODUCT.md, Child).
  const effective = withDerivedFacts(draft, context.today);
  return fields.flatMap((field): FieldProblem[] => {
    const code = journey.rules[field]?.(effective, context) ?? null;
    return code === null ? [] : [{ field, code }];
  });
}

/** Checks one field, e.g. on blur; the same rule the step, section and submit checks use. */
export function validateField(
  field: FieldPath,
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): FieldProblem | null {
  return check([field], draft, context, journey)[0] ?? null;
}

/** Checks the questions of one screen when the parent presses continue (GOV.UK error summary). */
export function validateStep(
  section: SectionId,
  stepIndex: number,
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): FieldProblem[] {
  return check(sectionSteps(section, draft, journey)[stepIndex] ?? [], draft, context, journey);
}

/** Checks every question a section asks now; an unneeded migrant section asks none (FAQ 10). */
export function validateSection(
  section: SectionId,
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): FieldProblem[] {
  if (section === 'migrant' && migrantSectionNeed(draft) !== 'needed') return [];
  return check(sectionFields(section, draft, journey), draft, context, journey);
}

/** Checks the whole draft in form order, for the check-your-answers page and submit. */
export function validateAll(
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): FieldProblem[] {
  return journey.sections.flatMap((section) => validateSection(section, draft, context, journey));
}
