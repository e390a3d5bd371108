/** The transfer journey's own words (PRODUCT.md, Transfer adds; FAQ 1, 2, 13). */
export const transfer = {
  title: '中小学转学申请信息登记',
  whoMayApply:
    '仅限学生的父母登记。转学到中心城区的学生，以及申请转入中心城区初中的小学毕业生，使用本系统登记（常见问题第 1 条）。',
  recommendation:
    '同一家庭多个孩子同时转学的（可转入不同年级），请先完成一个孩子的登记，再在“我的登记”中点击“继续登记”登记其他孩子（常见问题第 13 条）。',
  sections: {
    child: '基本信息',
    student: '在读学校信息',
    guardian: '监护人信息',
    household: '户籍信息',
    residence: '居住及房产信息',
    migrant: '随迁子女信息',
    school: '转入学校',
    transfer: '转学申请',
    materials: '上传材料',
  },
  schoolsFor: '地址：{address}，申请转入{grade}',
  remainingPlaces: '剩余学位 {count} 个',
  noPlaces: '暂无剩余学位',
  chooseGradeFirst: '请先选择申请转入年级。',
};
