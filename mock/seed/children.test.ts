import { checkCharacter, readIdNumber } from '../model/resident-id';
import { SEED_CHILDREN, findSeedChild } from './children';
import { SEED_PARENTS } from './parents';
import { SEASON_2022 } from './season';

const { from, to } = SEASON_2022.enrollmentBirthRange;

describe('seeded children', () => {
  it.each(SEED_CHILDREN.map((c) => [c.parentId, c.idNumber] as const))(
    "%s's child has a checksum-valid ID number (GB 11643)",
    (_parentId, idNumber) => {
      expect(idNumber).toMatch(/^\d{17}[\dX]$/);
      expect(idNumber.charAt(17)).toBe(checkCharacter(idNumber.slice(0, 17)));
    },
  );

  it('agree with their ID numbers on birth date and sex', () => {
    for (const child of SEED_CHILDREN) {
      expect(readIdNumber(child.idNumber)).toEqual({ birthDate: child.birthDate, sex: child.sex });
    }
  });

  it('are one per seeded parent and two for p-transfer-family (FAQ 13)', () => {
    const parents = [...new Set(SEED_CHILDREN.map((c) => c.parentId))];
    expect(parents).toEqual(SEED_PARENTS.map((p) => p.parentId));
    const count = (id: string) => SEED_CHILDREN.filter((c) => c.parentId === id).length;
    for (const id of parents) expect(count(id)).toBe(id === 'p-transfer-family' ? 2 : 1);
  });

  it('of enrollment cases are born inside the 2022 range except p-child-out-of-range', () => {
    for (const child of SEED_CHILDREN.filter((c) => !c.parentId.startsWith('p-transfer-'))) {
      const inside = child.birthDate >= from && child.birthDate <= to;
      expect(inside).toBe(child.parentId !== 'p-child-out-of-range');
    }
    expect(new Set(SEED_CHILDREN.map((c) => c.idNumber)).size).toBe(SEED_CHILDREN.length);
  });

  it('are found only under their own parent', () => {
    expect(findSeedChild('p-all-verified', '370102201510180033')?.name).toBe('李沐阳');
    expect(findSeedChild('p-migrant-worker', '370102201510180033')).toBeUndefined();
  });
});
