/**
 * Each question's own words for a refused answer (GOV.UK: an instruction written for that
 * question, not a label dropped into a template). Codes not listed here fall back to the general
 * messages of enrollment-problems.ts.
 */
export const fieldProblems = {
  'child.name': {
    required: '请输入孩子的姓名',
    characters: '孩子姓名只能包含汉字；证件上为外文姓名的，可包含字母和间隔号',
    'too-long': '孩子姓名太长，请按户口簿或证件上的姓名输入',
  },
  'child.idType': { required: '请选择孩子的证件类型' },
  'child.idNumber': {
    required: '请输入孩子的证件号码',
    length: '居民身份证号码是 18 位，请核对位数',
    characters: '证件号码只能是数字，身份证号码最后一位可以是 X',
    prefix: '证件号码的开头不对，请对照孩子的证件核对',
    region: '身份证号码前 6 位不是有效的地区码，请逐位核对',
    'birth-date': '身份证号码第 7 至 14 位是出生日期，这个日期不存在，请核对',
    checksum: '身份证号码最后一位与前面的数字对不上，可能有一位输错了，请逐位核对',
    'same-as-applicant': '这是您本人的证件号码，请输入孩子的证件号码',
  },
  'child.sex': { required: '请选择孩子的性别' },
  'child.birthDate': {
    required: '请选择孩子的出生日期',
    format: '请选择孩子的出生日期',
    'future-date': '出生日期不能晚于今天，请重新选择',
  },
  'child.ethnicity': {
    required: '请选择孩子的民族',
    'invalid-choice': '请从列表中选择孩子的民族',
  },
  'child.contactMobile': {
    required: '请输入联系手机号',
    format: '手机号码是 1 开头的 11 位数字，如 139 1234 5678',
  },
  'student.currentSchool': { required: '请输入学生现就读学校的全称' },
  'student.currentDistrict': { required: '请输入现就读学校所在的区县' },
  'student.currentGrade': { required: '请选择学生现就读的年级' },
  'student.statusNumber': {
    required: '请输入全国学籍号',
    prefix: '全国学籍号以字母 G 或 L 开头，请对照学籍卡或在读证明核对',
    length: '全国学籍号是字母 G 或 L 加 18 位，共 19 位，请核对',
    characters: '全国学籍号只含字母和数字，请核对',
    checksum: '学籍号中 G 后面的身份证号码最后一位对不上，请逐位核对',
    'status-number-mismatch': '学籍号中 G 后面的号码应是学生本人的身份证号码，请核对',
  },
  'guardian.applicantRole': { required: '请选择您是孩子的父亲还是母亲' },
  'guardian.otherParent.name': { required: '请输入另一位家长的姓名' },
  'guardian.otherParent.idType': { required: '请选择另一位家长的证件类型' },
  'guardian.otherParent.idNumber': {
    required: '请输入另一位家长的证件号码',
    length: '居民身份证号码是 18 位，请核对位数',
    checksum: '身份证号码最后一位与前面的数字对不上，可能有一位输错了，请逐位核对',
    'same-as-applicant': '这是您本人的证件号码，请输入孩子另一位家长的号码',
    'same-as-child': '这是孩子的证件号码，请输入孩子另一位家长的号码',
  },
  'guardian.otherParent.mobile': {
    format: '手机号码是 1 开头的 11 位数字，如 139 1234 5678',
  },
  'household.head': { required: '请选择孩子的户口在谁的户口簿上' },
  'household.headName': { required: '请输入户主姓名' },
  'household.address': {
    required: '请填写户籍地址',
    'too-short': '户籍地址不完整，请写到门牌号',
    'not-downtown': '这个地址不在中心城区。请核对地址，或将“户籍是否在中心城区”改为“否”',
  },
  'household.inDowntown': { required: '请选择户籍是否在中心城区' },
  'residence.kind': { required: '请选择您目前居住的房屋属于哪一种' },
  'residence.certificateType': { required: '请选择房产证件类型' },
  'residence.certificateNumber': {
    required: '请输入房产证件上的编号',
    format: '证件编号与所选证件类型的格式不符，请对照证件核对',
  },
  'residence.owner': { required: '请选择产权人是孩子的什么人' },
  'residence.ownerName': { required: '请输入产权人姓名' },
  'residence.sharePercent': {
    required: '请输入产权人所占份额，独有填 100',
    range: '份额应在 1 到 100 之间',
    format: '请用数字填写份额，如 50 或 33.3',
  },
  'residence.address': {
    required: '请填写房屋地址',
    'too-short': '房屋地址不完整，请写到楼号、单元和房号',
    'not-downtown': '这个地址不在中心城区，请核对',
  },
  'migrant.residencePermitNumber': {
    required: '请输入居住证号码',
    format: '居住证号码的格式不对，请对照居住证核对',
  },
  'migrant.livelihood': { required: '请选择就业方式' },
  'migrant.employerOrLicence': {
    required: '务工就业请填写单位名称，经商请填写统一社会信用代码',
    format: '统一社会信用代码是 18 位数字和大写字母，请对照营业执照核对',
  },
  'migrant.socialInsuranceMonths': {
    required: '请输入在济南连续缴纳社保的月数',
    'not-whole-number': '社保月数请填写整数',
    format: '请用数字填写月数，如 12',
    range: '月数超出了可能的范围，请核对',
  },
  'transfer.targetGrade': {
    required: '请选择申请转入的年级',
    'grade-below-current': '申请转入的年级不能低于现就读年级',
    'graduate-to-grade-7': '小学毕业生只能申请转入七年级',
  },
  'transfer.reason': { required: '请选择转学原因' },
  'transfer.reasonNote': {
    required: '请简要说明转学理由',
    'too-short': '转学理由至少写 5 个字',
    'too-long': '转学理由最多 200 字，请精简',
  },
  schoolId: { required: '请选择登记学校' },
};
