/** Big-data verification and automatic backfill (FAQ 5, 6, 9). */
export const verification = {
  running: '正在与户籍、不动产等部门数据核验，请稍候…（{percent}%）',
  done: '大数据核验已完成。核验通过的信息已自动回填。',
  stalled:
    '数据核验暂时卡顿，报名高峰时常有发生。您可以稍候重试，或继续手动填写，已填写的内容不会丢失。',
  failed: '数据核验暂时无法进行。您可以重试，或继续手动填写。',
  retry: '重新核验',
  continueManually: '继续手动填写',
  manualNotice:
    '未能自动回填的信息请按实际情况手动填写，学校或教体局将通过大数据系统核实。填报虚假信息的，将由有关部门依法追究责任。',
  sources: {
    household: '公安户籍',
    property: '不动产登记',
    'birth-certificate': '出生医学证明',
    'residence-permit': '居住证',
    'social-insurance': '社保',
    'business-licence': '市场监管',
    'student-status': '学籍管理',
  },
  checkLine: '{source}：{status}',
  summary: {
    running: '核验中（{percent}%）',
    done: '已完成，{verified} 项通过，{manual} 项需手动填写',
    doneAll: '已完成，全部通过',
    stalled: '暂时卡顿，可重试',
    failed: '暂时无法进行，可重试',
  },
  checkStatus: {
    pending: '核验中',
    verified: '核验通过',
    'not-found': '未查到，需手动填写',
    failed: '核验失败，需手动填写',
  },
};
