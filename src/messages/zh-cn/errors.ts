/**
 * One message per failure code, each saying what to do next (STYLE.md: errors are values the
 * parent can act on). `title` is short; `action` tells the parent the next step.
 */
export const errors = {
  SESSION_EXPIRED: { title: '登录已过期', action: '请点击“重试”重新登录，已填写的内容不会丢失。' },
  TICKET_REJECTED: {
    title: '登录验证未通过',
    action: '请返回“爱山东”App 重新登录后再进入本服务。',
  },
  FORBIDDEN: { title: '无法使用本服务', action: '本服务仅限适龄儿童或学生的父母登记。' },
  WINDOW_NOT_OPEN: { title: '登记尚未开始', action: '请在登记开放时间内再来填写。' },
  WINDOW_CLOSED: { title: '登记已结束', action: '登记已关闭，现在只能查看，不能修改或删除。' },
  VALIDATION_FAILED: { title: '填写的信息有误', action: '请按页面提示修改后再提交。' },
  DUPLICATE_REGISTRATION: {
    title: '该孩子已有登记',
    action: '请到“我的登记”查看；如需修改，可在开放期内删除信息后重新填写。',
  },
  VERSION_CONFLICT: { title: '内容已在其他设备上更新', action: '请选择要保留的版本。' },
  DRAFT_ENDED: {
    title: '这份草稿已提交或已删除',
    action: '请到“我的登记”查看已提交的登记，或开始新的登记。',
  },
  NOT_FOUND: { title: '没有找到相关内容', action: '请返回首页重新进入。' },
  RATE_LIMITED: {
    title: '当前访问人数较多',
    action: '请稍候 {seconds} 秒后再试，已填写的内容不会丢失。',
  },
  UPLOAD_TOO_LARGE: { title: '照片超过 5M', action: '请重新拍摄或选择原图后再上传。' },
  UPLOAD_NOT_IMAGE: { title: '文件不是照片', action: '请上传 JPG 或 PNG 格式的照片。' },
  SLOT_FULL: { title: '该时段已约满', action: '请选择其他日期或时段。' },
  CORRECTION_CLOSED: {
    title: '已不能修改后重新提交',
    action: '该登记不在退回修改状态或已超过修改期限，请到“我的登记”查看。',
  },
  SERVER_ERROR: { title: '系统繁忙', action: '请稍后点击“重试”，已填写的内容不会丢失。' },
  UNAVAILABLE: {
    title: '系统正在维护或访问人数较多',
    action: '请稍后点击“重试”，已填写的内容不会丢失。',
  },
  NETWORK: { title: '网络连接失败', action: '请检查手机网络后点击“重试”，已填写的内容不会丢失。' },
  TIMEOUT: { title: '网络响应超时', action: '网络较慢，请稍后点击“重试”，已填写的内容不会丢失。' },
  BAD_RESPONSE: { title: '系统返回了无法识别的内容', action: '请稍后点击“重试”。' },
};
