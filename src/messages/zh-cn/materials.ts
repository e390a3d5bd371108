/** Why each photo is needed (FAQ 11, 12) and the materials screen's words. */
export const materials = {
  intro: '请按以下清单拍照上传。核验通过的信息无需上传照片。照片须清晰完整，每张不超过 5M。',
  tableLink: '查看“登记信息与上传材料对照表”',
  chooseDocument: '您准备上传哪一种材料？',
  photosNeeded: '需上传至少 {min} 张，最多 {max} 张',
  missing: '请上传“{name}”（还需 {count} 张）',
  noneNeeded: '您的信息已全部核验通过，无需上传材料。',
  reasons: {
    'household-not-verified': '户籍信息未能自动核验，请上传户口簿',
    'property-not-verified': '房产信息未能自动核验，请上传房产证件',
    'home-not-owned': '租住或借住的，请上传房屋租赁合同等居住证明',
    'owner-parent-not-in-household':
      '房产在孩子父亲（或母亲）名下，孩子户籍随另一方，请补充出生医学证明或结婚证（常见问题第 11 条）',
    'owner-grandparent-household-elsewhere':
      '房产在祖辈名下且孩子父亲（或母亲）户籍不在该址，请补充能证明亲属关系的材料；如都没有，可由祖辈户籍所在地派出所出具亲属关系证明（常见问题第 11 条）',
    'residence-permit-not-verified': '居住证未能自动核验，请上传居住证',
    'employment-not-verifiable': '请上传劳动合同或务工证明',
    'business-licence-not-verified': '营业执照未能自动核验，请上传营业执照',
    'social-insurance-not-verified': '社保缴费未能自动核验，请上传社保缴费记录',
    'transfer-household-move': '因户籍迁移转学，户籍信息未能自动核验，请上传户口簿迁入页',
    'transfer-residence-change': '因居住地变更转学，新住址未能自动核验，请上传新居住地证明',
    'transfer-other-reason': '因其他合法理由转学，请上传证明该理由的材料',
    'student-status-not-verified': '学籍信息未能自动核验，请上传现就读学校的在读证明或学籍证明',
    'disputed-field': '您标记“{field}”有误，请上传证明正确信息的材料',
  },
};

/** The rows of 登记信息与上传材料对照表, by situation (src/domain/registration/materials-table.ts). */
export const materialsTable = {
  title: '登记信息与上传材料对照表',
  intro:
    '下表说明在不同登记情形下需要拍照上传的材料。每种情形下列出的材料都需要上传；注明“以下任选其一”的，上传其中一种即可。大数据核验通过的信息无需上传照片。',
  situationHeading: '登记情形',
  materialsHeading: '需上传的材料',
  oneOf: '以下任选其一：',
  none: '无需上传材料',
  situations: {
    'owned-home': '自有住房，户籍与房产信息未能自动核验',
    'purchase-contract': '购房尚未办理不动产权证，使用购房合同登记',
    'rented-home': '租住或借住',
    'owner-parent-household-other-parent': '房产在父亲（或母亲）名下，孩子户籍随另一方',
    'owner-paternal-grandparent-household-elsewhere': '房产在祖父母名下，孩子父亲户籍不在该址',
    'owner-maternal-grandparent-household-elsewhere': '房产在外祖父母名下，孩子母亲户籍不在该址',
    'migrant-employed': '随迁子女，父母务工就业',
    'migrant-self-employed': '随迁子女，父母经商',
    'all-verified': '户籍、房产等信息全部核验通过',
    'disputed-backfill': '对自动回填的信息标记“信息有误”',
  },
};
