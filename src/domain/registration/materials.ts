/**
 * Which photos a family must upload: a pure function of the answers and the verification results
 * (PRODUCT.md, Materials; FAQ 11, 12). Verified facts need no photo (FAQ 5).
 */
import type { VerificationCheck, VerificationSource } from '@contract';
import type { EnrollmentDraft } from './draft';
import { byFormOrder, isFieldPath, type FieldPath } from './field-paths';
import type { JourneyDefinition } from './journey-definition';
import { ENROLLMENT_JOURNEY } from './enrollment-journey';
import { homeNeeds, migrantNeeds, need } from './material-needs';
import type { MaterialRequirement, Need } from './material-requirement';

function disputedBackfills(checks: readonly VerificationCheck[], disputed: readonly string[]) {
  // Only a disputed value that verification actually filled needs evidence (FAQ 5, PRODUCT.md).
  const filled = new Set(
    checks
      .filter((check) => check.status === 'verified')
      .flatMap((check) => Object.keys(check.values)),
  );
  const fields = disputed.filter(
    (field): field is FieldPath => isFieldPath(field) && filled.has(field),
  );
  return [...new Set(fields)].sort(byFormOrder);
}

/** The photos this family must upload, in the order of the materials table (FAQ 11, 12). */
export function requiredMaterials(
  draft: EnrollmentDraft,
  checks: readonly VerificationCheck[],
  disputedFields: readonly string[],
  journey: JourneyDefinition = ENROLLMENT_JOURNEY,
): MaterialRequirement[] {
  const verified = (source: VerificationSource) =>
    checks.some((check) => check.source === source && check.status === 'verified');
  const needs: Need[] = [
    // The household register photo unless the household department verified it (FAQ 5, 6).
    need('household-register', ['household-register'], 'household-not-verified', 'household'),
    ...homeNeeds(draft),
    ...migrantNeeds(draft),
    ...journey.extraNeeds(draft),
  ];
  const corrections = disputedBackfills(checks, disputedFields).map(
    (field): MaterialRequirement => ({
      id: `correction:${field}`,
      anyOf: ['correction-evidence'],
      reason: 'disputed-field',
    }),
  );
  return [...needs.flatMap((n) => n(verified) ?? []), ...corrections];
}
