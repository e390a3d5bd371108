/** The FAQ and notices pages. */
export const content = {
  faqTitle: '常见问题',
  faqIntro: '以下为济南市中心城区网上信息登记系统操作注意事项。',
  faqQuestion: '{number}. {question}',
  faqSearchLabel: '搜索常见问题',
  faqSearchHint: '输入问题或答案中的词语，例如“回填”“照片”。',
  faqFound: '找到 {count} 个相关问题',
  faqAll: '共 {count} 个问题，点击问题查看答案',
  faqNoneFound: '没有找到包含“{query}”的问题。请换一个词，或拨打咨询电话。',
  faqClear: '清除搜索',
  noticesTitle: '通知公告',
  noticesEmpty: '暂无通知公告。',
  publishedOn: '发布日期：{date}',
  helpLineCall: '拨打咨询电话 {phone}',
};
