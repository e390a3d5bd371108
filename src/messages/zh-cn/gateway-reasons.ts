/**
 * What to do about a reason the gateway gave for refusing a submission (GatewayError.fields),
 * by reason code. `{label}` names the question, the material or the verification.
 */
export const gatewayReasons = {
  summaryTitle: '提交未成功，请按以下提示修改后再提交：',
  materialsLabel: '材料照片',
  verificationLabel: '信息核验',
  formLabel: '登记信息',
  codes: {
    required: '请填写“{label}”',
    invalid: '“{label}”未通过系统检查，请核对后修改',
    mismatch: '“{label}”与证件号码中的信息不一致，请核对',
    'out-of-range': '“{label}”超出了允许的范围，请核对',
    'no-places': '“{label}”所选学校已没有剩余学位，请重新选择学校',
    'not-in-catchment': '“{label}”所选学校不接收您所填地址的学生，请重新选择学校',
    'differs-from-verified':
      '“{label}”与部门核验的结果不一致。如核验结果有误，请点“信息有误”并上传证明材料',
    'unknown-upload': '“{label}”中有照片在系统中找不到，请删除后重新上传',
    unknown: '“{label}”已失效，请回到孩子信息重新核验',
    'other-child': '“{label}”是为另一个孩子做的，请回到孩子信息重新核验',
  },
  other: '“{label}”未通过系统检查，请核对后修改',
};
