/** Words used on many screens. */
export const common = {
  appTitle: '济南市中心城区信息登记',
  enrollment: '小学入学信息登记',
  transfer: '中小学转学申请信息登记',
  retry: '重试',
  loading: '正在加载…',
  back: '返回',
  home: '首页',
  notices: '通知公告',
  faq: '常见问题',
  myRegistrations: '我的登记',
  helpLine: '咨询电话：{phone}',
  notProvided: '未填写',
  idLabel: '证件号码',
  mobileLabel: '手机号',
};
