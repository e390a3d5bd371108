/** The FAQ and notices pages. */
export const content = {
  faqTitle: '常见问题',
  faqIntro: '以下为济南市中心城区网上信息登记系统操作注意事项。',
  faqQuestion: '{number}. {question}',
  noticesTitle: '通知公告',
  noticesEmpty: '暂无通知公告。',
  publishedOn: '发布日期：{date}',
  helpLineCall: '拨打咨询电话 {phone}',
};
