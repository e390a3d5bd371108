import { SEED_PARENTS, findSeedParent, toParentProfile } from './parents';

// GB 11643-1999: weighted sum of the first 17 digits mod 11 picks the check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

function expectedCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

describe('seeded parents', () => {
  it.each(SEED_PARENTS.map((p) => [p.parentId, p.idNumber] as const))(
    '%s has an ID number with a correct GB 11643 check character',
    (_parentId, idNumber) => {
      expect(idNumber).toMatch(/^\d{17}[\dX]$/);
      expect(idNumber.charAt(17)).toBe(expectedCheckCharacter(idNumber.slice(0, 17)));
    },
  );

  it('uses Jinan region codes and birth years from 1980 to 1992', () => {
    for (const { idNumber } of SEED_PARENTS) {
      expect(idNumber.slice(0, 4)).toBe('3701');
      const year = Number(idNumber.slice(6, 10));
      expect(year).toBeGreaterThanOrEqual(1980);
      expect(year).toBeLessThanOrEqual(1992);
      const birth = new Date(
        `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
      );
      expect(Number.isNaN(birth.getTime())).toBe(false);
    }
  });

  it('has unique parent ids, ID numbers and obviously fictitious mobiles', () => {
    expect(SEED_PARENTS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(SEED_PARENTS.map((p) => p.parentId)).size).toBe(SEED_PARENTS.length);
    expect(new Set(SEED_PARENTS.map((p) => p.idNumber)).size).toBe(SEED_PARENTS.length);
    for (const { mobile, label } of SEED_PARENTS) {
      expect(mobile).toMatch(/^1390000\d{4}$/);
      expect(label.length).toBeGreaterThan(0);
    }
  });

  it('finds a parent by id and hands out a profile without the developer label', () => {
    const parent = findSeedParent('p-all-verified');
    expect(parent).toBeDefined();
    expect(parent && toParentProfile(parent)).not.toHaveProperty('label');
    expect(findSeedParent('p-nobody')).toBeUndefined();
  });
});
