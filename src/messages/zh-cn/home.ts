/** The home page: the two subsystems and their windows (FAQ 1; PRODUCT.md). */
export const home = {
  greeting: '您好，{name}',
  identity: '证件号码 {id}',
  windowNotOpen: '尚未开始，{opensAt} 开放',
  windowOpen: '登记中，{closesAt} 截止',
  windowClosed: '已结束，仅可查看',
  enrollmentWho: '2022 年入读小学一年级的适龄儿童家庭使用。',
  transferWho: '转学到中心城区的学生家庭使用，含小学毕业生申请转入中心城区初中。',
  notAdmission: '提交登记信息不代表被学校录取，录取结果以学校电话通知为准。',
  signOut: '退出',
  start: '开始登记',
  startTransfer: '开始转学登记',
  view: '查看登记信息',
  viewSeveral: '查看登记信息（{count} 条）',
  noneSubmitted: '您没有提交过{subsystem}。',
  photoCheck: '提前检查照片是否符合要求',
};
