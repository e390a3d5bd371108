/** The home page: the two subsystems and their windows (FAQ 1; PRODUCT.md). */
export const home = {
  greeting: '您好，{name}',
  identity: '身份证号：{id}',
  signingIn: '正在登录…',
  windowNotOpen: '尚未开始：{opensAt} 开始登记',
  windowOpen: '登记中：{closesAt} 截止，请在截止前提交',
  windowClosed: '已结束：已提交的登记仍可查看，不能再修改或删除',
  enrollmentWho: '供 2022 年秋季入读小学一年级的适龄儿童家长登记。',
  transferWho:
    '供转入中心城区中小学就读的学生家长登记；小学毕业生申请转入中心城区初中，也在这里登记。',
  notAdmission: '提交登记信息不代表被学校录取，录取结果以学校电话通知为准。',
  signOut: '退出',
  start: '开始登记',
  startTransfer: '开始转学登记',
  view: '查看登记信息',
  viewSeveral: '查看登记信息（{count} 条）',
  noneSubmitted: '您没有提交过{subsystem}，现在已不能再提交。',
  photoCheck: '登记前先检查照片是否清晰、符合要求',
};
