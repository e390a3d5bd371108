/** Words of the form machinery shared by every section (GOV.UK patterns). */
export const form = {
  errorSummaryTitle: '请修改以下问题',
  continue: '保存并继续',
  backToTasks: '返回登记事项列表',
  change: '修改',
  changeWhat: '修改“{label}”',
  autoBackfill: '自动回填',
  backfillSource: '来源：{source}，数据日期 {date}',
  backfillSourceNoDate: '来源：{source}',
  disputeBackfill: '信息有误',
  disputedNote: '您已标记此项有误，请手动填写并上传证明材料。',
  disputedTitle: '“{label}”已改为您手动填写',
  disputedNext:
    '请在上方填写正确内容。提交后，学校或登记点会人工核对这一项，请在“上传材料”一步拍照上传：{document}。',
  restoreBackfill: '恢复自动回填',
  typeX: '输入 X',
  typeXLabel: '在号码末尾输入字母 X',
  verificationSummary: '大数据核验：{status}',
  showVerification: '查看核验详情',
  hideVerification: '收起核验详情',
  savedAt: '已于 {time} 保存在本机',
  saveFailed: '本机存储空间不足或不可用，内容暂未保存在本机，请勿关闭页面。',
};
