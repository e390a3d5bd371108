import type { CategoryId } from '@contract';
import { sameAddress } from './address';
import type { EnrollmentDraft } from './draft';
import { isParent, isSamePerson } from './kinship';

/**
 * Derives the registration category from the answers; parents are never asked it (PRODUCT.md,
 * Category). The rule:
 * - household not in downtown (non-local hukou): 'migrant-worker' (随迁子女, FAQ 10);
 * - household in downtown and an owned home whose owner is the household head or a parent of the
 *   child, at the household address (normalised): 'household-property-match';
 * - household in downtown otherwise (rented or other home, another address, or an owner who is
 *   neither head nor parent, e.g. a grandparent): 'household-property-differ';
 * - null while the answers that decide it are missing. 'other' is offered by the gateway, never
 *   derived.
 */
export function deriveCategory(draft: EnrollmentDraft): CategoryId | null {
  const household = draft.household;
  if (household?.inDowntown === false) return 'migrant-worker';
  if (household?.inDowntown !== true) return null;
  const residence = draft.residence;
  if (residence?.kind === undefined) return null;
  if (residence.kind !== 'owned') return 'household-property-differ';
  if (residence.owner === undefined || household.head === undefined) return null;
  if (residence.address === undefined || household.address === undefined) return null;
  const owner = { kin: residence.owner, name: residence.ownerName };
  const head = { kin: household.head, name: household.headName };
  const related = isParent(residence.owner) || isSamePerson(owner, head);
  return related && sameAddress(residence.address, household.address)
    ? 'household-property-match'
    : 'household-property-differ';
}

/** The migrant section is asked only of non-local households (FAQ 10); unknown until answered. */
export function migrantSectionNeed(draft: EnrollmentDraft): 'needed' | 'not-needed' | 'unknown' {
  const inDowntown = draft.household?.inDowntown;
  if (inDowntown === undefined) return 'unknown';
  return inDowntown ? 'not-needed' : 'needed';
}
