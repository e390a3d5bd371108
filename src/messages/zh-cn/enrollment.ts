/** The enrollment journey's own words (PRODUCT.md; FAQ 1, 2, 5, 6, 8, 9, 10, 11, 14). */
export const enrollment = {
  title: '小学入学信息登记',
  whoMayApply: '仅限适龄儿童的父母登记。',
  recommendation:
    '建议使用与孩子户籍在同一户口簿上的家长信息登记；如父母都与孩子同户且一方在中心城区有房产，建议使用产权人信息登记。这样大数据核验通过率更高，需要填写的信息和上传的照片更少。',
  tasksTitle: '登记事项',
  sections: {
    child: '基本信息',
    guardian: '监护人信息',
    household: '户籍信息',
    residence: '居住及房产信息',
    migrant: '随迁子女信息',
    school: '登记学校',
    materials: '上传材料',
  },
  status: {
    'not-started': '未开始',
    'in-progress': '填写中',
    completed: '已完成',
    'cannot-start': '暂不能开始',
    problem: '有问题需修改',
    'not-needed': '无需填写',
  },
  stepOf: '第 {step} 步，共 {total} 步',
  checkAnswers: '检查并提交',
  checkAnswersNotReady: '请先完成以上所有事项，再检查并提交。',
  windowClosedNotice: '登记已结束，只能查看，不能修改或删除。',
  windowNotOpenNotice: '登记尚未开始，开放后才能填写。',
  category: {
    'household-property-match': '房户一致',
    'household-property-differ': '房户不一致',
    'migrant-worker': '随迁子女',
    other: '其他',
  },
  categoryNotes: {
    'household-property-match':
      '孩子户籍在中心城区，家庭在户籍地址有住房，房产属于户主或孩子的父母。',
    'household-property-differ':
      '孩子户籍在中心城区，但住房不在户籍地址、是租住的，或房产不属于户主和孩子的父母（例如属于祖父母）。',
    'migrant-worker':
      '孩子户籍不在中心城区，随在中心城区居住、工作的父母入学。网上登记后还需预约现场登记。',
    other: '教育部门另行规定的登记类别。',
  },
  derivedFacts: '性别和出生日期已根据证件号码自动识别：{sex}，{birthDate}',
  ineligibleTitle: '孩子不在今年小学入学年龄范围内',
  ineligibleTooYoung:
    '今年入学的孩子应在 {from} 至 {to} 之间出生。您填写的孩子出生于 {birthDate}，晚于该范围，请明年再登记。',
  ineligibleTooOld:
    '今年入学的孩子应在 {from} 至 {to} 之间出生。您填写的孩子出生于 {birthDate}，早于该范围。如孩子需要入学或转学，请咨询户籍所在地学校或使用“中小学转学申请信息登记”。',
  ineligibleFix: '如果证件号码填错了，请返回修改。',
  ineligibleBack: '返回修改孩子信息',
  otherParentQuestion: '是否填写孩子另一位家长的信息？',
  noSchools: '没有找到该地址对应的学区学校，请核对地址，或拨打咨询电话。',
  schoolsFor: '地址：{address}',
};
