import type { FieldPath } from '@/domain/registration/field-paths';
import type { FieldProblem } from '@/domain/registration/problem-codes';
import { fill } from '@/messages/fill';
import type { Messages } from '@/messages/catalog';
import { FIELD_KINDS } from './field-kinds';
import '@/messages/words/enrollment-fields';
import '@/messages/words/enrollment-problems';
import '@/messages/words/field-problems';

/**
 * The instruction for a refused answer: the question's own words where it has them, else the
 * general one naming the question (GOV.UK error messages).
 */
export function problemMessage(m: Messages, problem: FieldProblem): string {
  const own: Partial<Record<string, string>> = m.fieldProblems[problem.field];
  const written = own[problem.code];
  if (written) return written;
  const label = m.enrollmentFields[problem.field].label;
  const kind = FIELD_KINDS[problem.field].kind;
  const asksChoice = kind !== 'text';
  const code = problem.code === 'required' && asksChoice ? 'invalid-choice' : problem.code;
  return fill(m.enrollmentProblems[code], { label });
}

/** Problems by field, the first of each (a field shows one message at a time). */
export function problemsByField(
  m: Messages,
  problems: FieldProblem[],
): Partial<Record<FieldPath, string>> {
  const byField: Partial<Record<FieldPath, string>> = {};
  for (const problem of problems) byField[problem.field] ??= problemMessage(m, problem);
  return byField;
}
