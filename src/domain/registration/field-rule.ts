import type { EnrollmentContext, EnrollmentDraft } from './draft';
import type { FieldPath } from './field-paths';
import type { ProblemCode } from './problem-codes';

/** One question's check: the draft already carries the facts derived from the child's ID. */
export type FieldRule = (draft: EnrollmentDraft, context: EnrollmentContext) => ProblemCode | null;

export type FieldRules = Partial<Record<FieldPath, FieldRule>>;

/** A choice question: answered, and with one of the offered values (wire data may be stale). */
export function checkChoice(
  value: unknown,
  allowed: readonly unknown[],
): 'required' | 'invalid-choice' | null {
  if (value === undefined || value === null || value === '') return 'required';
  return allowed.includes(value) ? null : 'invalid-choice';
}
