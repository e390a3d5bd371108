/**
 * What to do about a refused answer, by problem code (src/domain/registration/problem-codes.ts).
 * `{label}` is the question. Messages are instructions (GOV.UK), never just "invalid".
 */
export const enrollmentProblems = {
  required: '请填写“{label}”',
  'invalid-choice': '请选择“{label}”',
  length: '“{label}”的位数不对，请核对后重新输入',
  characters: '“{label}”含有不应出现的字符，请核对后重新输入',
  prefix: '“{label}”的开头不对，请按证件上的号码输入',
  region: '“{label}”的前 6 位地区码不存在，请核对后重新输入',
  'birth-date': '“{label}”中的出生日期不存在，请核对后重新输入',
  checksum: '“{label}”的校验位不对，可能有数字输错，请逐位核对',
  format: '“{label}”的格式不对，请按提示格式输入',
  'future-date': '“{label}”不能晚于今天',
  'too-young': '孩子出生日期晚于今年入学范围，请核对',
  'too-old': '孩子出生日期早于今年入学范围，请核对',
  'same-as-applicant': '“{label}”与您本人的证件号码相同，请填写另一位家长的号码',
  'same-as-child': '“{label}”与孩子的证件号码相同，请核对',
  'role-sex-mismatch': '您的身份证显示的性别与所选“父亲/母亲”不一致，请核对',
  'too-short': '“{label}”太短，请填写完整',
  'too-long': '“{label}”太长，请精简后填写',
  'not-downtown': '该地址不在中心城区，请核对地址或将“户籍是否在中心城区”改为“否”',
  range: '“{label}”超出了允许的范围，请核对',
  'not-whole-number': '“{label}”请填写整数',
  'grade-below-current': '“{label}”不能低于现就读年级，请重新选择',
  'graduate-to-grade-7': '小学毕业生只能申请转入七年级，请选择七年级',
  'status-number-mismatch': '“{label}”中 G 后面的号码应与学生的身份证号码一致，请核对',
};
