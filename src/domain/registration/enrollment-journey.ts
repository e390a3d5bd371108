/** 小学入学信息登记's journey: the shared sections plus the catchment school (PRODUCT.md). */
import { shapeEnrollmentAnswers } from './answer-shapes';
import { CHILD_RULES } from './child-rules';
import type { FieldRules } from './field-rule';
import { GUARDIAN_RULES } from './guardian-rules';
import { HOUSEHOLD_RULES } from './household-rules';
import type { JourneyDefinition } from './journey-definition';
import { MIGRANT_RULES } from './migrant-rules';
import { RESIDENCE_RULES } from './residence-rules';
import { SHARED_STEPS } from './shared-steps';

/** The rules of the questions both subsystems ask. */
export const SHARED_RULES: FieldRules = {
  ...CHILD_RULES,
  ...GUARDIAN_RULES,
  ...HOUSEHOLD_RULES,
  ...RESIDENCE_RULES,
  ...MIGRANT_RULES,
  // The school list comes from the gateway for the address; only the choice is checked here.
  schoolId: (draft) => ((draft.schoolId ?? '').trim() === '' ? 'required' : null),
};

export const ENROLLMENT_JOURNEY: JourneyDefinition = {
  subsystem: 'enrollment',
  sections: ['child', 'guardian', 'household', 'residence', 'migrant', 'school', 'materials'],
  steps: { ...SHARED_STEPS, school: () => [['schoolId']] },
  rules: SHARED_RULES,
  // Catchment schools are looked up by address: household and residence first.
  waitsFor: { school: ['household', 'residence'] },
  sectionOf: { schoolId: 'school' },
  extraNeeds: () => [],
  shape: (draft) => ({ subsystem: 'enrollment', answers: shapeEnrollmentAnswers(draft) }),
};
