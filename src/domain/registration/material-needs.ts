/** The rules behind each material (FAQ 11): one need per situation, waived by a verified source. */
import type { MaterialKind, ParentRole, VerificationSource } from '@contract';
import { sameAddress } from './address';
import { migrantSectionNeed } from './category';
import type { EnrollmentDraft } from './draft';
import { isOnLineOf, isParent, linkingParent } from './kinship';
import type { MaterialReason, Need } from './material-requirement';

// FAQ 11 case 2, in the FAQ's order; the police kinship certificate is the fallback.
const FATHER_LINE_KINSHIP: MaterialKind[] = [
  'father-birth-certificate',
  'one-child-certificate',
  'household-index-page',
  'police-kinship-certificate',
];
// The catalogue has no mother's birth certificate: the maternal line uses the other three.
const KINSHIP_BY_PARENT: Record<ParentRole, MaterialKind[]> = {
  father: FATHER_LINE_KINSHIP,
  mother: FATHER_LINE_KINSHIP.filter((kind) => kind !== 'father-birth-certificate'),
};

/** One requirement, dropped when `waivedBy` verified: verified facts need no photo (FAQ 5). */
export function need(
  id: string,
  anyOf: MaterialKind[],
  reason: MaterialReason,
  waivedBy: VerificationSource | null,
): Need {
  return (verified) => (waivedBy !== null && verified(waivedBy) ? null : { id, anyOf, reason });
}

/** The home and kinship photos (FAQ 11: owner, purchase contract, rental, cases 1 and 2). */
export function homeNeeds(draft: EnrollmentDraft): Need[] {
  const { residence, household } = draft;
  if (residence?.kind === undefined) return [];
  // FAQ 11, last paragraph: a home that is not owned is shown by a rental contract.
  if (residence.kind !== 'owned') {
    return [need('rental-contract', ['rental-contract'], 'home-not-owned', null)];
  }
  const proof =
    residence.certificateType === 'purchase-contract'
      ? 'purchase-contract'
      : 'property-certificate';
  const needs = [need(proof, [proof], 'property-not-verified', 'property')];
  const owner = residence.owner;
  // FAQ 11 case 1: a parent owns the home, the child's register is with the other parent's line.
  if (isParent(owner) && household?.head !== undefined && !isOnLineOf(owner, household.head)) {
    needs.push(
      need(
        'parent-relationship',
        ['birth-medical-certificate', 'marriage-certificate'],
        'owner-parent-not-in-household',
        'birth-certificate',
      ),
    );
  }
  // FAQ 11 case 2: a grandparent owns it and that parent's line is not registered at the home.
  const parent = linkingParent(owner);
  if (parent !== null) {
    const atHome =
      isOnLineOf(parent, household?.head) && sameAddress(household?.address, residence.address);
    if (!atHome) {
      needs.push(
        need(
          'grandparent-relationship',
          KINSHIP_BY_PARENT[parent],
          'owner-grandparent-household-elsewhere',
          null,
        ),
      );
    }
  }
  return needs;
}

/** The photos of migrant workers' children: permit, work, social insurance (FAQ 10). */
export function migrantNeeds(draft: EnrollmentDraft): Need[] {
  if (migrantSectionNeed(draft) !== 'needed') return [];
  const livelihood = draft.migrant?.livelihood;
  const needs = [
    need(
      'residence-permit',
      ['residence-permit'],
      'residence-permit-not-verified',
      'residence-permit',
    ),
  ];
  // No department in the contract verifies employment, so employees always show a proof.
  if (livelihood === 'employed') {
    needs.push(need('employment-proof', ['employment-proof'], 'employment-not-verifiable', null));
  }
  if (livelihood === 'self-employed') {
    needs.push(
      need(
        'business-licence',
        ['business-licence'],
        'business-licence-not-verified',
        'business-licence',
      ),
    );
  }
  needs.push(
    need(
      'social-insurance-record',
      ['social-insurance-record'],
      'social-insurance-not-verified',
      'social-insurance',
    ),
  );
  return needs;
}
