import { migrantSectionNeed } from './category';
import { CHILD_RULES } from './child-rules';
import { withDerivedFacts } from './derived-facts';
import type { EnrollmentContext, EnrollmentDraft } from './draft';
import type { FieldRules } from './field-rule';
import type { FieldPath } from './field-paths';
import { GUARDIAN_RULES } from './guardian-rules';
import { HOUSEHOLD_RULES } from './household-rules';
import { SECTION_IDS, sectionFields, sectionSteps, type SectionId } from './journey';
import { MIGRANT_RULES } from './migrant-rules';
import type { FieldProblem } from './problem-codes';
import { RESIDENCE_RULES } from './residence-rules';

const RULES: FieldRules = {
  ...CHILD_RULES,
  ...GUARDIAN_RULES,
  ...HOUSEHOLD_RULES,
  ...RESIDENCE_RULES,
  ...MIGRANT_RULES,
  // The school list comes from the gateway for the address; only the choice is checked here.
  schoolId: (draft) => ((draft.schoolId ?? '').trim() === '' ? 'required' : null),
};

function check(fields: readonly FieldPath[], draft: EnrollmentDraft, context: EnrollmentContext) {
  // The ID's sex and birth date win over typed ones before any rule runs (PRODUCT.md, Child).
  const effective = withDerivedFacts(draft, context.today);
  return fields.flatMap((field): FieldProblem[] => {
    const code = RULES[field]?.(effective, context) ?? null;
    return code === null ? [] : [{ field, code }];
  });
}

/** Checks one field, e.g. on blur; the same rule the step, section and submit checks use. */
export function validateField(
  field: FieldPath,
  draft: EnrollmentDraft,
  context: EnrollmentContext,
): FieldProblem | null {
  return check([field], draft, context)[0] ?? null;
}

/** Checks the questions of one screen when the parent presses continue (GOV.UK error summary). */
export function validateStep(
  section: SectionId,
  stepIndex: number,
  draft: EnrollmentDraft,
  context: EnrollmentContext,
): FieldProblem[] {
  return check(sectionSteps(section, draft)[stepIndex] ?? [], draft, context);
}

/** Checks every question a section asks now; an unneeded migrant section asks none (FAQ 10). */
export function validateSection(
  section: SectionId,
  draft: EnrollmentDraft,
  context: EnrollmentContext,
): FieldProblem[] {
  if (section === 'migrant' && migrantSectionNeed(draft) !== 'needed') return [];
  return check(sectionFields(section, draft), draft, context);
}

/** Checks the whole draft in form order, for the check-your-answers page and submit. */
export function validateAll(draft: EnrollmentDraft, context: EnrollmentContext): FieldProblem[] {
  return SECTION_IDS.flatMap((section) => validateSection(section, draft, context));
}
