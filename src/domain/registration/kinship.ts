import type { Kin, ParentRole } from '@contract';
import { normalizePersonName } from './person-name';

/** Every relation a household head or property owner can have to the child, in form order. */
export const KINS: readonly Kin[] = [
  'father',
  'mother',
  'paternal-grandfather',
  'paternal-grandmother',
  'maternal-grandfather',
  'maternal-grandmother',
  'other',
];

const GRANDPARENTS_BY_PARENT: Record<ParentRole, readonly Kin[]> = {
  father: ['paternal-grandfather', 'paternal-grandmother'],
  mother: ['maternal-grandfather', 'maternal-grandmother'],
};

/** Whether the owner or head is one of the child's parents (FAQ 2: applicants are parents). */
export function isParent(kin: Kin | undefined): kin is ParentRole {
  return kin === 'father' || kin === 'mother';
}

/** The parent through whom a grandparent is related to the child (FAQ 11 case 2); else null. */
export function linkingParent(kin: Kin | undefined): ParentRole | null {
  if (kin === undefined) return null;
  if (GRANDPARENTS_BY_PARENT.father.includes(kin)) return 'father';
  if (GRANDPARENTS_BY_PARENT.mother.includes(kin)) return 'mother';
  return null;
}

/** Whether `kin` is the given parent or one of that parent's parents (one family line). */
export function isOnLineOf(parent: ParentRole, kin: Kin | undefined): boolean {
  return kin === parent || (kin !== undefined && GRANDPARENTS_BY_PARENT[parent].includes(kin));
}

/** Whether owner and head are the same person: same relation, or same name when both 'other'. */
export function isSamePerson(
  a: { kin?: Kin; name?: string },
  b: { kin?: Kin; name?: string },
): boolean {
  if (a.kin === undefined || a.kin !== b.kin) return false;
  if (a.kin !== 'other') return true;
  const name = normalizePersonName(a.name ?? '');
  return name !== '' && name === normalizePersonName(b.name ?? '');
}
