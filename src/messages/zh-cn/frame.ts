/** The service frame of every page: title bar, steps, footer, page titles (issue 14, 18). */
export const frame = {
  bureau: '济南市教育局',
  footerBureau: '主办单位：济南市教育局',
  back: '返回',
  backLabel: '返回上一页',
  /** The window title of a page: the page's name, then the service's. */
  documentTitle: '{page} - {service}',
  /** The window title of one step of a form (issue 18). */
  stepDocumentTitle: '第 {step} 步，共 {total} 步：{section} - {service}',
  /** A section of several screens, in a window title. */
  sectionPart: '{section}（{part}/{parts}）',
  stepsLabel: '办理进度',
  steps: {
    fill: '填写信息',
    upload: '上传材料',
    confirm: '确认提交',
  },
  stepState: {
    done: '已完成',
    current: '当前',
    upcoming: '未开始',
  },
  stepAria: '第 {step} 步，{name}，{state}',
};
