import type { FieldProblem } from '@contract';
import { create } from 'zustand';
import type { EnrollmentDraft } from '@/domain/registration/draft';
import { readField } from '@/domain/registration/draft-access';
import { isFieldPath, type FieldPath } from '@/domain/registration/field-paths';

/** One reason the gateway gave for refusing a submission, placed where the parent can act on it. */
export interface ServerReason {
  /** The form answer it concerns; null when no answer on the form holds it (see `about`). */
  field: FieldPath | null;
  /** What it is about when it is no answer: a material's photos, or the verification. */
  about: 'answer' | 'materials' | 'verification' | 'form';
  /** The gateway's reason code (e.g. 'no-places', 'differs-from-verified', 'unknown-upload'). */
  code: string;
  /**
   * The answer as it was sent: once the parent changes it, the reason no longer applies and is
   * not shown (the next submit asks the gateway again). Held in memory only, never stored.
   */
  sent: string | null;
}

interface ServerReasonsState {
  /** By draft id: the reasons of the last refused submit of that draft. */
  byDraft: Record<string, ServerReason[]>;
}

/** The gateway's field reasons (GatewayError.fields) next to the form's own checks. */
export const useServerReasons = create<ServerReasonsState>()(() => ({ byDraft: {} }));

function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Maps a gateway field path (of the request body) to the form: body answers carry the form's own
 * paths, under `answers.` or not; photos are `materials.<kind>`; the verification job is not an
 * answer the parent typed.
 */
export function placeReason(problem: FieldProblem, answers: EnrollmentDraft): ServerReason {
  const path = problem.field.replace(/^answers\./, '');
  if (isFieldPath(path)) {
    return {
      field: path,
      about: 'answer',
      code: problem.code,
      sent: asText(readField(answers, path)),
    };
  }
  const about = path.startsWith('materials.')
    ? 'materials'
    : path === 'verificationId'
      ? 'verification'
      : 'form';
  return { field: null, about, code: problem.code, sent: null };
}

/** Keeps the reasons of a refused submit of `draftId` (replacing earlier ones). */
export function recordServerReasons(
  draftId: string,
  problems: FieldProblem[],
  answers: EnrollmentDraft,
): void {
  const reasons = problems.map((problem) => placeReason(problem, answers));
  useServerReasons.setState((s) => ({ byDraft: { ...s.byDraft, [draftId]: reasons } }));
}

/** Forgets a draft's reasons (submitted, or a new submit is on its way). */
export function clearServerReasons(draftId: string): void {
  useServerReasons.setState((s) => {
    if (!(draftId in s.byDraft)) return s;
    const rest = { ...s.byDraft };
    delete rest[draftId];
    return { byDraft: rest };
  });
}

/** The reasons that still apply: an answer the parent changed since the submit has none. */
export function openServerReasons(
  reasons: readonly ServerReason[] | undefined,
  answers: EnrollmentDraft,
): ServerReason[] {
  return (reasons ?? []).filter(
    (reason) => reason.field === null || asText(readField(answers, reason.field)) === reason.sent,
  );
}

/** Forgets every draft's reasons (sign-out, another parent). */
export function forgetServerReasons(): void {
  useServerReasons.setState({ byDraft: {} });
}
