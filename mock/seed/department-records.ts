/**
 * What the departments' big-data systems hold for each seeded family (FAQ 5, 6, 9). A source not
 * listed for a family answers 'not-found' (new property not yet synced, a non-local household).
 * Values are keyed by answer path and written as on the wire (strings). All data is invented.
 */
import type { Kin, PropertyCertificateType, VerificationSource } from '../../types';
import { seedChildOf } from './children';

export interface DepartmentRecord {
  /** When the department last updated the record (YYYY-MM-DD). */
  recordDate: string;
  values: Record<string, string>;
}

export interface FamilyRecords {
  found: Partial<Record<VerificationSource, DepartmentRecord>>;
  /** The family's first job stalls ("jams", FAQ 9); a new job started afterwards completes. */
  stallsFirstJob?: boolean;
}

export const SEED_ADDRESSES = {
  lixia: '济南市历下区样例路100号样例小区3号楼2单元501室',
  lixiaEast: '济南市历下区样例东路9号样例家园1号楼1单元601室',
  lixiaSouth: '济南市历下区样例南路3号样例名苑6号楼2单元1102室',
  shizhong: '济南市市中区示例街8号示例花园2号楼1单元1201室',
  huaiyin: '济南市槐荫区样例大街6号样例新村1号楼3单元402室',
  licheng: '济南市历城区样例路20号样例苑5号楼2单元301室',
  tianqiao: '济南市天桥区样例北路15号样例公寓2号楼1单元802室',
  migrantHome: '山东省临沂市兰山区样例镇样例村68号',
  shizhongWest: '济南市市中区样例西路7号样例小区4号楼1单元302室',
  huaiyinNorth: '济南市槐荫区样例北街12号样例雅苑3号楼2单元701室',
} as const;

function household(head: Kin, headName: string, address: string): DepartmentRecord {
  return {
    recordDate: '2021-09-14',
    values: {
      'household.head': head,
      'household.headName': headName,
      'household.address': address,
      'household.inDowntown': 'true',
    },
  };
}

function property(
  certificateType: PropertyCertificateType,
  certificateNumber: string,
  owner: [Kin, string],
  address: string,
): DepartmentRecord {
  return {
    recordDate: '2020-05-20',
    values: {
      'residence.kind': 'owned',
      'residence.certificateType': certificateType,
      'residence.certificateNumber': certificateNumber,
      'residence.owner': owner[0],
      'residence.ownerName': owner[1],
      'residence.address': address,
      'residence.sharePercent': '100',
    },
  };
}

function birthCertificate(parentId: string): DepartmentRecord {
  const child = seedChildOf(parentId);
  if (!child) throw new Error(`no seeded child for ${parentId}`);
  const values = { 'child.name': child.name, 'child.birthDate': child.birthDate };
  return { recordDate: child.birthDate, values };
}

const REAL_ESTATE = 'real-estate-certificate';

function settledFamily(parentId: string, head: [Kin, string], address: string, n: number) {
  return {
    household: household(head[0], head[1], address),
    property: property(REAL_ESTATE, `鲁（2019）济南市不动产权第000000${n}号`, head, address),
    'birth-certificate': birthCertificate(parentId),
  };
}

function withHouseholdValues(
  found: ReturnType<typeof settledFamily>,
  values: Record<string, string>,
): ReturnType<typeof settledFamily> {
  const { household: record } = found;
  return { ...found, household: { ...record, values: { ...record.values, ...values } } };
}

export const FAMILY_RECORDS: Readonly<Record<string, FamilyRecords>> = {
  // The household record also gives the child's ethnicity (GB/T 3304) and shows the signed-in
  // parent as the child's father: nothing is asked that the records know (PRODUCT.md, Effort).
  'p-all-verified': {
    found: withHouseholdValues(
      settledFamily('p-all-verified', ['father', '李明轩'], SEED_ADDRESSES.lixia, 1),
      { 'child.ethnicity': '01', 'guardian.applicantRole': 'father' },
    ),
  },
  'p-property-not-synced': {
    found: {
      household: household('mother', '张晓雯', SEED_ADDRESSES.shizhong),
      'birth-certificate': birthCertificate('p-property-not-synced'),
    },
  },
  // No birth record on file: the family shows FAQ 11's first case (birth or marriage certificate).
  'p-father-owns-mother-household': {
    found: {
      household: household('mother', '刘芳菲', SEED_ADDRESSES.huaiyin),
      property: property(
        'house-ownership-certificate',
        '济房权证槐字第0000002号',
        ['father', '高建国'],
        SEED_ADDRESSES.huaiyin,
      ),
    },
  },
  'p-grandmother-property': {
    found: {
      household: household('father', '赵志远', SEED_ADDRESSES.licheng),
      property: property(
        REAL_ESTATE,
        '鲁（2015）济南市不动产权第0000003号',
        ['paternal-grandmother', '钱秀兰'],
        SEED_ADDRESSES.lixiaEast,
      ),
      'birth-certificate': birthCertificate('p-grandmother-property'),
    },
  },
  'p-migrant-worker': {
    found: {
      'birth-certificate': birthCertificate('p-migrant-worker'),
      'residence-permit': {
        recordDate: '2021-03-02',
        values: { 'migrant.residencePermitNumber': '3701052021000005' },
      },
      'social-insurance': {
        recordDate: '2022-06-30',
        values: { 'migrant.socialInsuranceMonths': '14' },
      },
    },
  },
  'p-child-out-of-range': {
    found: settledFamily('p-child-out-of-range', ['mother', '周婉婷'], SEED_ADDRESSES.shizhong, 6),
  },
  'p-verification-stalls': {
    found: settledFamily('p-verification-stalls', ['father', '吴立磊'], SEED_ADDRESSES.tianqiao, 7),
    stallsFirstJob: true,
  },
  // Household moved to the new home: everything verifies, the student register too.
  'p-transfer-family': {
    found: settledFamily('p-transfer-family', ['mother', '陈静怡'], SEED_ADDRESSES.lixiaSouth, 8),
  },
  // Residence change into a rented home: no property record; the student register has no match.
  'p-transfer-rented': {
    found: {
      household: household('father', '林晓峰', SEED_ADDRESSES.shizhong),
      'birth-certificate': birthCertificate('p-transfer-rented'),
    },
  },
  'p-transfer-graduate': {
    found: settledFamily(
      'p-transfer-graduate',
      ['mother', '郑丽娟'],
      SEED_ADDRESSES.huaiyinNorth,
      9,
    ),
  },
};
