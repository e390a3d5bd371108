/**
 * Turns schema issues into the gateway's field reasons (`FieldProblem`): one reason per field, in
 * the order the body is read, named by answer path (`child.idNumber`) as the form knows them.
 */
import * as v from 'valibot';
import type { FieldProblem } from '../envelope';

/** Paths whose every reason is reported at the parent field (the parent answers them at once). */
const REPORTED_AT = ['declaration', 'materials.'];

function fieldOf(issue: v.BaseIssue<unknown>, prefix: string): string {
  const keys = (issue.path ?? []).map((item) => String(item.key));
  let field = keys.join('.');
  if (prefix && field.startsWith(`${prefix}.`)) field = field.slice(prefix.length + 1);
  for (const parent of REPORTED_AT) {
    if (parent.endsWith('.') && field.startsWith(parent)) {
      return field.split('.').slice(0, 2).join('.');
    }
    if (field.startsWith(`${parent}.`)) return parent;
  }
  return field || 'body';
}

function codeOf(issue: v.BaseIssue<unknown>): string {
  const absent = issue.input === undefined || issue.input === null;
  return absent && issue.message === 'invalid' ? 'required' : issue.message;
}

/** The field reasons for a failed parse; `prefix` is the wrapper left out of answer paths. */
export function fieldProblems(
  issues: readonly v.BaseIssue<unknown>[],
  prefix = '',
): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue, prefix);
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, code: codeOf(issue) });
  }
  return problems;
}

/** Parses a request body: its typed copy (unknown keys left out) or its field reasons. */
export function readRequest<S extends v.GenericSchema>(
  schema: S,
  body: unknown,
  prefix = '',
): { ok: true; value: v.InferOutput<S> } | { ok: false; problems: FieldProblem[] } {
  const result = v.safeParse(schema, body, { abortPipeEarly: true });
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problems: fieldProblems(result.issues, prefix) };
}
