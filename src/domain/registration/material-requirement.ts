/**
 * What a material requirement is (PRODUCT.md, Materials): a leaf of types the rules, the
 * journeys and the screens share, so none of them has to import another to name it.
 */
import type { MaterialKind, VerificationSource } from '@contract';

export type MaterialReason =
  | 'household-not-verified'
  | 'property-not-verified'
  | 'home-not-owned'
  | 'owner-parent-not-in-household'
  | 'owner-grandparent-household-elsewhere'
  | 'residence-permit-not-verified'
  | 'employment-not-verifiable'
  | 'business-licence-not-verified'
  | 'social-insurance-not-verified'
  | 'disputed-field'
  | 'transfer-household-move'
  | 'transfer-residence-change'
  | 'transfer-other-reason'
  | 'student-status-not-verified';

export interface MaterialRequirement {
  /** Stable id: uploads are keyed by it; 'correction:<field>' for a disputed backfill. */
  id: string;
  /** Any one of these satisfies the requirement; in order of preference. */
  anyOf: MaterialKind[];
  reason: MaterialReason;
}

/** One situation's requirement, or null when a verified source waives it (FAQ 5). */
export type Need = (
  verified: (source: VerificationSource) => boolean,
) => MaterialRequirement | null;
