/**
 * Questions of the enrollment form, by answer path (src/domain/registration/field-paths.ts).
 * Labels follow the words of the source FAQ where it names them (FAQ 3: 联系手机号, 基本信息).
 */
export const enrollmentFields = {
  'child.name': { label: '孩子姓名', hint: '与户口簿或证件上的姓名一致。' },
  'child.idType': { label: '孩子证件类型' },
  'child.idNumber': {
    label: '孩子证件号码',
    hint: '居民身份证号码为 18 位，最后一位是 X 的请输入 X。外国人永久居留身份证为 15 位（3 个字母开头）或 18 位（9 开头）。',
  },
  'child.sex': { label: '孩子性别' },
  'child.birthDate': { label: '孩子出生日期', hint: '按证件上的出生日期选择。' },
  'child.ethnicity': { label: '民族' },
  'child.contactMobile': {
    label: '联系手机号',
    hint: '11 位手机号码，如 139 1234 5678。已自动填入您在“爱山东”登记的号码，可改为学校方便联系的号码。',
  },
  'guardian.applicantRole': {
    label: '您是孩子的',
    hint: '只有孩子的父亲或母亲可以登记。',
  },
  'guardian.otherParent.name': { label: '孩子另一位家长的姓名', hint: '选填。' },
  'guardian.otherParent.idType': { label: '另一位家长的证件类型' },
  'guardian.otherParent.idNumber': { label: '另一位家长的证件号码' },
  'guardian.otherParent.mobile': {
    label: '另一位家长的手机号',
    hint: '选填。11 位手机号码，如 139 1234 5678。',
  },
  'household.head': { label: '孩子户口在谁的户口簿上（户主）' },
  'household.headName': { label: '户主姓名' },
  'household.address': {
    label: '户籍地址',
    hint: '按户口簿填写：先选区县，再填街道门牌号或小区，楼号、单元、房号分开填。',
  },
  'household.inDowntown': {
    label: '户籍是否在中心城区',
    hint: '中心城区指历下区、市中区、槐荫区、天桥区、历城区、长清区和济南高新区；户口簿首页的住址在这些区的，选“是”。',
  },
  'residence.kind': { label: '目前居住的房屋' },
  'residence.certificateType': { label: '房产证件类型' },
  'residence.certificateNumber': {
    label: '证件编号',
    hint: '不动产权证如：鲁(2021)济南市不动产权第0123456号。',
  },
  'residence.owner': { label: '产权人是孩子的' },
  'residence.ownerName': { label: '产权人姓名' },
  'residence.sharePercent': { label: '产权人所占份额（%）', hint: '独有填 100。' },
  'residence.address': {
    label: '房屋地址',
    hint: '按房产证或租赁合同填写：先选区县，再填街道门牌号或小区，楼号、单元、房号分开填。',
  },
  'student.currentSchool': {
    label: '现就读学校',
    hint: '填写学校全称，如：济南市槐荫区某某小学。',
  },
  'student.currentDistrict': {
    label: '现就读学校所在区县',
    hint: '如：济南市槐荫区、淄博市张店区。',
  },
  'student.currentGrade': { label: '现就读年级' },
  'student.statusNumber': {
    label: '全国学籍号',
    hint: '以 G 开头，后接学生 18 位身份证号码；入学时没有身份证号码的，以 L 开头，后接 18 位字母或数字。',
  },
  'transfer.targetGrade': {
    label: '申请转入年级',
    hint: '不能低于现就读年级；小学毕业生申请转入初中的，选七年级。',
  },
  'transfer.reason': { label: '转学原因' },
  'transfer.reasonNote': { label: '请简要说明转学理由', hint: '5 至 200 字。' },
  'migrant.residencePermitNumber': { label: '居住证号码' },
  'migrant.livelihood': { label: '就业方式' },
  'migrant.employerOrLicence': {
    label: '用人单位名称或营业执照统一社会信用代码',
    hint: '务工就业填单位名称；经商填 18 位统一社会信用代码。',
  },
  'migrant.socialInsuranceMonths': { label: '在济南连续缴纳社保的月数' },
  schoolId: { label: '登记学校', hint: '以下是您的居住地址对应的学区学校。' },
};

/** Answers shown as words (check-your-answers, choices). */
export const enrollmentChoices = {
  idType: {
    'resident-id': '居民身份证',
    'hmt-residence-permit': '港澳台居民居住证',
    'home-return-permit': '港澳居民来往内地通行证',
    'taiwan-permit': '台湾居民来往大陆通行证',
    'foreign-permanent-residence': '外国人永久居留身份证',
  },
  sex: { male: '男', female: '女' },
  role: { father: '父亲', mother: '母亲' },
  kin: {
    father: '父亲',
    mother: '母亲',
    'paternal-grandfather': '祖父',
    'paternal-grandmother': '祖母',
    'maternal-grandfather': '外祖父',
    'maternal-grandmother': '外祖母',
    other: '其他',
  },
  yesNo: { true: '是', false: '否' },
  residenceKind: { owned: '自有住房', rented: '租住', other: '其他（借住等）' },
  certificateType: {
    'real-estate-certificate': '不动产权证书',
    'house-ownership-certificate': '房屋所有权证（房产证）',
    'purchase-contract': '购房合同',
  },
  livelihood: { employed: '务工就业', 'self-employed': '经商（个体或企业）' },
  hasOtherParent: { yes: '填写另一位家长', no: '暂不填写' },
  grade: {
    '1': '一年级',
    '2': '二年级',
    '3': '三年级',
    '4': '四年级',
    '5': '五年级',
    '6': '六年级',
    'primary-graduate': '小学毕业',
    '7': '七年级（初一）',
    '8': '八年级（初二）',
    '9': '九年级（初三）',
  },
  transferReason: {
    'household-move': '户籍迁移',
    'residence-change': '居住地变更',
    other: '其他合法理由',
  },
};
