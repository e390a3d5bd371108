/**
 * The materials catalogue (`GET /materials`), the data behind 登记信息与上传材料对照表 (FAQ 11, 12).
 * A Record over MaterialKind, so a new kind in the contract must be described here.
 */
import { MATERIAL_KINDS, type MaterialInfo, type MaterialKind } from '../../types';

type Entry = Omit<MaterialInfo, 'kind'>;

function entry(name: string, description: string, minPhotos: number, maxPhotos: number): Entry {
  return { name, description, minPhotos, maxPhotos };
}

const CATALOGUE: Record<MaterialKind, Entry> = {
  'household-register': entry(
    '户口簿（户主页及孩子页）',
    '拍摄户主页和孩子本人页，页面完整、文字清晰。',
    2,
    6,
  ),
  'property-certificate': entry(
    '不动产权证书',
    '不动产权证书或房屋所有权证，拍摄权利人、坐落、共有情况所在页。',
    1,
    4,
  ),
  'purchase-contract': entry(
    '购房合同（含备案页）',
    '尚未办理不动产权证书的，拍摄购房合同首页、房屋坐落页、签字页和备案页。',
    2,
    10,
  ),
  'rental-contract': entry(
    '房屋租赁合同',
    '租住房屋的，拍摄租赁合同首页、房屋坐落页和签字页。',
    1,
    6,
  ),
  'birth-medical-certificate': entry(
    '出生医学证明',
    '孩子的出生医学证明，用于证明孩子与父母的亲子关系。',
    1,
    2,
  ),
  'marriage-certificate': entry('结婚证', '父母双方的结婚证，拍摄持证人信息页。', 1, 2),
  'father-birth-certificate': entry(
    '孩子父亲的出生医学证明',
    '房产在祖父母名下时，用于证明孩子父亲与房产所有人的亲子关系。',
    1,
    2,
  ),
  'one-child-certificate': entry(
    '独生子女证',
    '房产在祖父母名下时，可用于证明孩子父亲（或母亲）与房产所有人的亲属关系。',
    1,
    2,
  ),
  'household-index-page': entry(
    '户口簿索引页',
    '房产所有人户口簿的索引页，须显示孩子父亲（或母亲）的户籍记录。',
    1,
    4,
  ),
  'police-kinship-certificate': entry(
    '派出所出具的亲属关系证明',
    '无法提供上述材料的，由房产所有人户籍所在地派出所出具亲属关系证明。',
    1,
    2,
  ),
  'residence-permit': entry('居住证', '随迁子女父母在济南市办理的有效居住证，拍摄正反两面。', 1, 2),
  'employment-proof': entry(
    '劳动合同或务工证明',
    '与用人单位签订的劳动合同，或用人单位出具的务工证明。',
    1,
    6,
  ),
  'business-licence': entry('营业执照', '个体经营或自主创业的，拍摄营业执照正本或副本。', 1, 2),
  'social-insurance-record': entry(
    '社保缴费记录',
    '在济南市缴纳社会保险的缴费记录（可从人社部门网站或自助终端打印）。',
    1,
    4,
  ),
  'correction-evidence': entry(
    '信息更正证明材料',
    '自动回填的信息与实际不符时，上传能证明实际情况的材料。',
    1,
    6,
  ),
  'household-move-page': entry(
    '户口簿迁入页（新户籍页）',
    '因户籍迁移转学的，拍摄户口簿上显示迁入中心城区的户主页和学生本人页。',
    1,
    4,
  ),
  'new-home-proof': entry(
    '新居住地证明',
    '因居住地变更转学的，拍摄新住址的不动产权证书、租赁备案证明或居住证明。',
    1,
    4,
  ),
  'transfer-supporting-document': entry(
    '转学理由证明材料',
    '因其他合法理由转学的，拍摄能够证明该理由的材料，如工作调动证明。',
    1,
    6,
  ),
  'student-status-proof': entry(
    '在读证明或学籍证明',
    '由学生现就读学校出具并盖章的在读证明，或学籍信息表。',
    1,
    2,
  ),
};

/** The catalogue in the contract's order of kinds. */
export function materialCatalogue(): MaterialInfo[] {
  return MATERIAL_KINDS.map((kind) => ({ kind, ...CATALOGUE[kind] }));
}
