import type {
  Declaration,
  MaterialKind,
  MaterialUploads,
  SubmitRegistration,
  UploadRef,
} from '@contract';
import { toAnswers } from './answers';
import type { EnrollmentContext, EnrollmentDraft } from './draft';
import { ENROLLMENT_JOURNEY } from './enrollment-journey';
import type { JourneyDefinition } from './journey-definition';
import type { MaterialRequirement } from './material-requirement';

/** Everything a submit needs besides the answers. */
export interface SubmissionParts {
  verificationId: string | null;
  disputed: readonly string[];
  requirements: readonly MaterialRequirement[];
  uploads: Partial<Record<string, UploadRef[]>>;
  kinds: Partial<Record<string, MaterialKind>>;
  /** The declaration the parent accepted on the check page; the gateway refuses a submission without it. */
  declaration: Declaration;
}

/**
 * The registration as submitted (POST /registrations): the answers normalised by the rules, and
 * photos grouped by the document they show. Null while any rule still refuses an answer.
 */
export function buildSubmission(
  draft: EnrollmentDraft,
  context: EnrollmentContext,
  parts: SubmissionParts,
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): SubmitRegistration | null {
  const shaped = toAnswers(draft, context, journey);
  if (!shaped) return null;
  const materials: MaterialUploads = {};
  for (const requirement of parts.requirements) {
    const refs = parts.uploads[requirement.id] ?? [];
    const kind = parts.kinds[requirement.id] ?? requirement.anyOf[0];
    if (refs.length === 0 || !kind) continue;
    materials[kind] = [...(materials[kind] ?? []), ...refs];
  }
  return {
    ...shaped,
    verificationId: parts.verificationId,
    disputedFields: [...parts.disputed],
    materials,
    declaration: parts.declaration,
  };
}
