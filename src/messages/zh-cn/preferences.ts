/** The display settings on every page: language and elder-friendly mode (适老化). */
export const preferences = {
  barLabel: '显示设置',
  otherLanguage: 'English',
  elderMode: '大字模式：{state}',
  elderOn: '已开启',
  elderOff: '已关闭',
};
