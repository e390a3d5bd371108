/** Check your answers that checks (issue 14): cards per section, masking, the declaration. */
export const check = {
  intro: '请逐项核对。需要修改时，点击该部分的“修改”，改好后会回到本页。',
  changeSection: '修改{section}',
  show: '显示',
  hide: '隐藏',
  showWhat: '显示完整的{label}',
  hideWhat: '隐藏{label}',
  backfilledFrom: '自动回填 · {source}',
  disputed: '您已标记此项信息有误，需上传证明材料',
  otherParent: '孩子的另一位家长',
  otherParentAbsent: '未填写（选填）',
  photoCount: '{count} 张照片',
  materialsTitle: '已上传材料',
  declaration: '本人承诺所填信息真实、准确，如有虚假愿承担相应责任',
  declarationNeeded: '请先阅读并勾选上面的承诺，再提交。',
};
