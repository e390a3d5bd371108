/**
 * Fictitious children of the seeded parents, as the departments' records know them: one per
 * parent, and a second one for p-transfer-family (FAQ 13: siblings transferring to different
 * grades). Names are invented; ID numbers are invented but checksum-valid (GB 11643) and agree
 * with the birth date and sex. Enrollment children are born inside the 2022 range (2015-09-01 to
 * 2016-08-31) except p-child-out-of-range's; transfer students may be older.
 */
import type { CurrentGrade, Sex } from '../../types';

/** What the student register (学籍) holds for a transfer student. */
export interface SeedStudentRecord {
  currentSchool: string;
  currentDistrict: string;
  currentGrade: CurrentGrade;
}

export interface SeedChild {
  parentId: string;
  name: string;
  idNumber: string;
  birthDate: string;
  sex: Sex;
  /** On the student register (its 全国学籍号 is 'G' + idNumber); absent: not found there. */
  student?: SeedStudentRecord;
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
    student: {
      currentSchool: '济南市槐荫区样例第二小学',
      currentDistrict: '济南市槐荫区',
      currentGrade: '1',
    },
  },
  {
    parentId: 'p-transfer-family',
    name: '马思琪',
    idNumber: '370102201105200088',
    birthDate: '2011-05-20',
    sex: 'female',
    student: {
      currentSchool: '济南市槐荫区样例第二小学',
      currentDistrict: '济南市槐荫区',
      currentGrade: '5',
    },
  },
  {
    parentId: 'p-transfer-rented',
    name: '林可欣',
    idNumber: '370103201309030021',
    birthDate: '2013-09-03',
    sex: 'female',
  },
  {
    parentId: 'p-transfer-graduate',
    name: '郑博文',
    idNumber: '370104201003110017',
    birthDate: '2010-03-11',
    sex: 'male',
    student: {
      currentSchool: '淄博市张店区样例小学',
      currentDistrict: '淄博市张店区',
      currentGrade: 'primary-graduate',
    },
  },
];

/** The seeded child of this parent with this ID number, as the departments would match it. */
export function findSeedChild(parentId: string, idNumber: string): SeedChild | undefined {
  return SEED_CHILDREN.find((child) => child.parentId === parentId && child.idNumber === idNumber);
}

/** The national student status number (全国学籍号) of a child on the register, else null. */
export function seedStatusNumber(child: SeedChild): string | null {
  return child.student ? `G${child.idNumber}` : null;
}

/** The first seeded child of a parent (p-transfer-family has two). */
export function seedChildOf(parentId: string): SeedChild | undefined {
  return SEED_CHILDREN.find((child) => child.parentId === parentId);
}
