/** Signing out, switching parent, and sign-on failures that are the app's own (not the network). */
export const account = {
  signOut: '退出登录',
  signOutTitle: '退出登录',
  signOutBody: '退出后，本机保存的草稿副本会被清除；已保存到服务器的草稿在重新登录后仍可继续填写。',
  confirmSignOut: '确认退出',
  cancel: '暂不退出',
  sending: '正在把未保存的修改保存到服务器…',
  signingOut: '正在退出…',
  unsentTitle: '有修改还没有保存到服务器',
  unsentBody:
    '{count} 份草稿的最新修改暂时无法保存到服务器（可能是网络不通）。现在退出，这些修改将从本机删除，无法找回。',
  retrySend: '再试一次保存',
  signOutAnyway: '仍然退出，放弃这些修改',
  appFault: {
    title: '应用出现了问题',
    action: '这不是网络问题，是本应用内部出错了。请点击“重试”；如仍不行，请关闭页面后重新进入。',
  },
};
