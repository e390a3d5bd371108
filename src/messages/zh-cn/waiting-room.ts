/** The waiting room shown while the gateway is busy (FAQ 9). */
export const waitingRoom = {
  title: '当前办理人数较多',
  saved: '您填写的内容已保存，不会丢失。',
  countdown: '{seconds} 秒后自动重试',
  retrying: '正在重试…',
  stay: '系统会自动为您重试，无需重复提交。离开后再回来也可以继续。',
};
