/** Sign-on through the host app (PRODUCT.md, Identity; FAQ 3 and 4). */
export const signOn = {
  signingIn: '正在通过“爱山东”登录…',
  'not-logged-in': {
    title: '您还没有登录',
    action: '请先在“爱山东”或“爱山东·泉城办”App 中登录，再点击“重试”。',
  },
  cancelled: {
    title: '您取消了登录',
    action: '登记需要使用您的身份信息，请点击“重试”并完成登录。',
  },
  refused: {
    title: '您未同意授权',
    action: '登记需要获取您的姓名、身份证号和手机号，请点击“重试”并同意授权。',
  },
  'legal-person': {
    title: '请使用个人账号登录',
    action:
      '您当前登录的是法人账号，不能为孩子登记。请在“爱山东”或“爱山东·泉城办”App 中退出，改用家长本人的个人账号登录后，再点击“重试”。',
  },
  unavailable: {
    title: '无法连接到“爱山东”',
    action: '请在“爱山东”或“爱山东·泉城办”App 中打开本服务，或稍后点击“重试”。',
  },
  'not-answering': {
    title: '“爱山东”暂时没有响应',
    action: '请稍后点击“重试”。多次重试仍不行时，请关闭本服务，再从“爱山东”App 中重新打开。',
  },
  passwordHelp:
    '账号和密码由“爱山东”或“爱山东·泉城办”App 管理。忘记密码请按该 App 的找回密码方式重置；修改手机号请在该 App 中点击“我的”，再点击头像修改。',
  devPickerTitle: '开发环境：选择一位模拟家长登录',
  devPickerHint: '以下为模拟数据，每位家长对应一种登记情形。',
  renewFailed: '登录已过期且未能自动重新登录。您填写的内容仍保留在本页，请点击“重试”。',
};
