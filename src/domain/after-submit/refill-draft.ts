/** A new draft from a submitted registration's content: 删除信息 then fill again, or a correction. */
import type {
  MaterialKind,
  MaterialUploads,
  SubmitRegistration,
  UploadRef,
  VerificationCheck,
} from '@contract';
import type { EnrollmentDraft } from '../registration/draft';
import { setField } from '../registration/draft-access';
import { isFieldPath } from '../registration/field-paths';
import type { MaterialRequirement } from '../registration/material-requirement';

/** Every answer as submitted, so the parent corrects rather than retypes (FAQ 8). */
export function draftFromSubmission(submission: SubmitRegistration): EnrollmentDraft {
  const { child, guardian, household, residence, migrant, schoolId } = submission.answers;
  // A transfer keeps its own answers too: current school, target grade and reason.
  const own =
    submission.subsystem === 'transfer'
      ? { student: submission.answers.student, transfer: submission.answers.transfer }
      : {};
  return JSON.parse(
    JSON.stringify({ child, guardian, household, residence, migrant, schoolId, ...own }),
  ) as EnrollmentDraft;
}

// The child's identifiers are what verification is asked with (FAQ 5): they always stay.
const IDENTIFIERS: readonly string[] = ['child.name', 'child.idType', 'child.idNumber'];

/**
 * Takes the values a department verified back out of the submitted answers (FAQ 5): they are
 * laid over again from the verification, with their 自动回填 mark, instead of coming back as
 * if the parent had typed them. Disputed values stay: the parent did type those.
 */
export function withoutVerified(
  draft: EnrollmentDraft,
  checks: readonly VerificationCheck[],
  disputed: readonly string[],
): EnrollmentDraft {
  let next = draft;
  for (const check of checks) {
    if (check.status !== 'verified') continue;
    for (const path of Object.keys(check.values)) {
      if (!isFieldPath(path) || disputed.includes(path) || IDENTIFIERS.includes(path)) continue;
      next = setField(next, path, undefined);
    }
  }
  return JSON.parse(JSON.stringify(next)) as EnrollmentDraft;
}

export interface ReattachedPhotos {
  uploads: Partial<Record<string, UploadRef[]>>;
  kinds: Partial<Record<string, MaterialKind>>;
}

/**
 * The submitted photos (by document kind) put back under the requirements the new draft has
 * (FAQ 12): the gateway still holds them, so nothing is uploaded twice. A photo of a document no
 * longer needed is left out.
 */
export function reattachPhotos(
  requirements: readonly MaterialRequirement[],
  materials: MaterialUploads,
): ReattachedPhotos {
  const uploads: ReattachedPhotos['uploads'] = {};
  const kinds: ReattachedPhotos['kinds'] = {};
  const used = new Set<MaterialKind>();
  for (const requirement of requirements) {
    const kind = requirement.anyOf.find((k) => !used.has(k) && (materials[k]?.length ?? 0) > 0);
    if (!kind) continue;
    used.add(kind);
    uploads[requirement.id] = [...(materials[kind] ?? [])];
    kinds[requirement.id] = kind;
  }
  return { uploads, kinds };
}
