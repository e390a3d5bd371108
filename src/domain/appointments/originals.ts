/**
 * The originals a family brings to the on-site registration (FAQ 10): computed from its own
 * answers and uploaded materials, so each parent sees only what applies to them.
 */
import type { CategoryId, MaterialKind, SubmitRegistration } from '@contract';

export type OriginalItem = MaterialKind | 'applicant-id-card' | 'child-id-document';

const BY_CERTIFICATE: Record<string, MaterialKind> = {
  'real-estate-certificate': 'property-certificate',
  'house-ownership-certificate': 'property-certificate',
  'purchase-contract': 'purchase-contract',
};

/** Identity, household register, home, and for migrant workers permit, work and insurance. */
export function originalsToBring(
  submission: SubmitRegistration,
  category: CategoryId,
): OriginalItem[] {
  const { residence, migrant } = submission.answers;
  const items: OriginalItem[] = ['applicant-id-card', 'child-id-document', 'household-register'];
  if (residence.kind === 'owned') {
    items.push(BY_CERTIFICATE[residence.certificateType] ?? 'property-certificate');
  } else {
    items.push('rental-contract');
  }
  if (category === 'migrant-worker' || migrant) {
    items.push('residence-permit');
    items.push(migrant?.livelihood === 'self-employed' ? 'business-licence' : 'employment-proof');
    items.push('social-insurance-record');
  }
  // Whatever the family photographed must also be shown as an original.
  for (const [kind, refs] of Object.entries(submission.materials)) {
    if (refs && refs.length > 0) items.push(kind as MaterialKind);
  }
  return [...new Set(items)];
}
