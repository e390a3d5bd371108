/**
 * One fictitious child per seeded parent, as the departments' records know them. Names are
 * invented; ID numbers are invented but checksum-valid (GB 11643) and agree with the birth date
 * and sex. Birth dates fall inside the 2022 range (2015-09-01 to 2016-08-31) except for
 * p-child-out-of-range.
 */
import type { Sex } from '../../types';

export interface SeedChild {
  parentId: string;
  name: string;
  idNumber: string;
  birthDate: string;
  sex: Sex;
}

export const SEED_CHILDREN: readonly SeedChild[] = [
  {
    parentId: 'p-all-verified',
    name: '李沐阳',
    idNumber: '370102201510180033',
    birthDate: '2015-10-18',
    sex: 'male',
  },
  {
    parentId: 'p-property-not-synced',
    name: '王若溪',
    idNumber: '370103201603090041',
    birthDate: '2016-03-09',
    sex: 'female',
  },
  {
    parentId: 'p-father-owns-mother-household',
    name: '高子墨',
    idNumber: '370104201601230051',
    birthDate: '2016-01-23',
    sex: 'male',
  },
  {
    parentId: 'p-grandmother-property',
    name: '赵一诺',
    idNumber: '370112201512020028',
    birthDate: '2015-12-02',
    sex: 'female',
  },
  {
    parentId: 'p-migrant-worker',
    name: '孙浩然',
    idNumber: '371302201605270033',
    birthDate: '2016-05-27',
    sex: 'male',
  },
  {
    parentId: 'p-child-out-of-range',
    name: '黄欣怡',
    idNumber: '370113201610120061',
    birthDate: '2016-10-12',
    sex: 'female',
  },
  {
    parentId: 'p-verification-stalls',
    name: '吴嘉树',
    idNumber: '370105201607150016',
    birthDate: '2016-07-15',
    sex: 'male',
  },
  {
    parentId: 'p-transfer-family',
    name: '马思远',
    idNumber: '370102201602140071',
    birthDate: '2016-02-14',
    sex: 'male',
  },
];

/** The seeded child of this parent with this ID number, as the departments would match it. */
export function findSeedChild(parentId: string, idNumber: string): SeedChild | undefined {
  return SEED_CHILDREN.find((child) => child.parentId === parentId && child.idNumber === idNumber);
}

/** The seeded child of a parent (each seeded parent has exactly one). */
export function seedChildOf(parentId: string): SeedChild | undefined {
  return SEED_CHILDREN.find((child) => child.parentId === parentId);
}
