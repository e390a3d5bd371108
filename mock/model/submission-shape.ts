/**
 * The gateway's own validation of a `POST /registrations` body (never trusting the client's):
 * the contract's schema first (shape, wire values, limits, formats), then the rules that read
 * more than one field. Problems name answer fields by their answer path (`child.idNumber`) and
 * the rest by their top-level name (`verificationId`, `materials.household-register`).
 */
import * as v from 'valibot';
import { readRequest, type FieldProblem } from '../../types';
import {
  ChildSchema,
  SubmitRegistrationSchema,
  type SubmissionInput,
} from '../../types/schemas/submission';
import { checkChild, checkGuardian } from './person-checks';
import { checkTransferParts } from './transfer-rules';

/** A submission that passed the schema: only the contract's fields, photos named by id only. */
export type CheckedSubmission = SubmissionInput;

const ChildIdSchema = v.object({
  idType: ChildSchema.entries.idType,
  idNumber: ChildSchema.entries.idNumber,
  sex: v.fallback(v.optional(ChildSchema.entries.sex), undefined),
  birthDate: v.fallback(v.optional(v.string()), undefined),
});

/** The child's ID rules when the ID answers are well-formed though other answers are not. */
function childRules(body: unknown, birthRange: { from: string; to: string }): FieldProblem[] {
  const raw = body as { subsystem?: unknown; answers?: { child?: unknown } } | null;
  const child = v.safeParse(ChildIdSchema, raw?.answers?.child);
  if (!child.success) return [];
  return checkChild(child.output, raw?.subsystem === 'transfer' ? null : birthRange);
}

/** The schema-checked copy of a submission, or every problem the gateway found with it. */
export function checkSubmissionShape(
  body: unknown,
  birthRange: { from: string; to: string },
): { ok: true; value: CheckedSubmission } | { ok: false; problems: FieldProblem[] } {
  const read = readRequest(SubmitRegistrationSchema, body, 'answers');
  if (!read.ok) return { ok: false, problems: [...read.problems, ...childRules(body, birthRange)] };
  const submission = read.value;
  const { answers } = submission;
  const transfer = submission.subsystem === 'transfer';
  const problems = [
    ...checkChild(answers.child, transfer ? null : birthRange),
    ...(submission.subsystem === 'transfer' ? checkTransferParts(submission.answers) : []),
    ...checkGuardian(answers.guardian),
  ];
  // Children of migrant workers (household outside downtown) must give the migrant answers.
  if (!answers.household.inDowntown && answers.migrant === null) {
    problems.push({ field: 'migrant', code: 'required' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: submission };
}
