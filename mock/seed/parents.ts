/**
 * Fictitious parents the mock identity service knows. Names are invented; ID numbers are invented
 * but checksum-valid (GB 11643) with Jinan region codes; mobiles are obvious test numbers.
 * Each parentId is a case later issues attach children, households and properties to.
 */
import type { ParentProfile } from '../../types';

export interface SeedParent extends ParentProfile {
  /** Short Chinese description of the case, for the developer sign-in picker. */
  label: string;
}

export const SEED_PARENTS: readonly SeedParent[] = [
  {
    parentId: 'p-all-verified',
    label: '全部核验通过：孩子户籍与房产均在父亲名下',
    name: '李明轩',
    idNumber: '370102198603140132',
    mobile: '13900000001',
  },
  {
    parentId: 'p-property-not-synced',
    label: '新购房产数据未同步，需手动填写并上传不动产权证',
    name: '张晓雯',
    idNumber: '370103198809220249',
    mobile: '13900000002',
  },
  {
    parentId: 'p-father-owns-mother-household',
    label: '房产在父亲名下、孩子户籍随母亲（补出生医学证明或结婚证）',
    name: '刘芳菲',
    idNumber: '370104198705170466',
    mobile: '13900000003',
  },
  {
    parentId: 'p-grandmother-property',
    label: '房产在祖母名下、父亲户籍不在该址（补亲属关系材料）',
    name: '赵志远',
    idNumber: '370112198501080311',
    mobile: '13900000004',
  },
  {
    parentId: 'p-migrant-worker',
    label: '随迁子女：居住证、务工证明、社保，需预约现场登记',
    name: '孙海涛',
    idNumber: '370105198307260577',
    mobile: '13900000005',
  },
  {
    parentId: 'p-child-out-of-range',
    label: '孩子出生日期不在入学年龄范围内',
    name: '周婉婷',
    idNumber: '37011319900211088X',
    mobile: '13900000006',
  },
  {
    parentId: 'p-verification-stalls',
    label: '大数据核验卡顿，需重试或手动继续填写',
    name: '吴立磊',
    idNumber: '370114198411300758',
    mobile: '13900000007',
  },
  {
    parentId: 'p-transfer-family',
    label: '多子女转学：两个孩子分别转入不同年级',
    name: '陈静怡',
    idNumber: '370102198106050881',
    mobile: '13900000008',
  },
  {
    parentId: 'p-transfer-rented',
    label: '转学：居住地变更，租住房屋，学籍未核验',
    name: '林晓峰',
    idNumber: '370103198204150313',
    mobile: '13900000009',
  },
  {
    parentId: 'p-transfer-graduate',
    label: '转学：小学毕业生申请中心城区初中（七年级）',
    name: '郑丽娟',
    idNumber: '370104198407220429',
    mobile: '13900000010',
  },
];

/** Looks up a seeded parent, as the identity service would resolve a ticket's subject. */
export function findSeedParent(parentId: string): SeedParent | undefined {
  return SEED_PARENTS.find((parent) => parent.parentId === parentId);
}

/** The parent's profile as the gateway hands it out (without the developer label). */
export function toParentProfile(parent: SeedParent): ParentProfile {
  const { parentId, name, idNumber, mobile } = parent;
  return { parentId, name, idNumber, mobile };
}
