import type { EnrollmentAnswers } from '@contract';
import { withDerivedFacts } from './derived-facts';
import type { EnrollmentContext, EnrollmentDraft } from './draft';
import { ENROLLMENT_JOURNEY } from './enrollment-journey';
import type { JourneyDefinition, ShapedAnswers } from './journey-definition';
import { shapeEnrollmentAnswers } from './answer-shapes';
import { validateAll } from './validate';

/** A subsystem's submitted answers, normalised; null while any rule fails (POST /registrations). */
export function toAnswers(
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  journey: JourneyDefinition,
): ShapedAnswers | null {
  if (validateAll(draft, context, journey).length > 0) return null;
  return journey.shape(withDerivedFacts(draft, context.today));
}

/** The enrollment submit body's answers, normalised; null while any rule fails. */
export function toEnrollmentAnswers(
  draft: EnrollmentDraft,
  context: EnrollmentContext,
): EnrollmentAnswers | null {
  if (validateAll(draft, context, ENROLLMENT_JOURNEY).length > 0) return null;
  return shapeEnrollmentAnswers(withDerivedFacts(draft, context.today));
}
