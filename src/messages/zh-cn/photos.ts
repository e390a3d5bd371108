/** Document photos: the photo slot and the photo check page (FAQ 12). */
export const photos = {
  takePhoto: '拍照',
  chooseFromAlbum: '从相册选择',
  rotate: '向右旋转',
  replace: '更换',
  remove: '删除',
  cancel: '取消',
  retry: '重试',
  dismiss: '知道了',
  countRule: '需上传 {min} 张，最多 {max} 张',
  counter: '{count}/{total}',
  counterLabel: '已上传 {count} 张，共需 {total} 张',
  limitReached: '已达到最多 {max} 张。如需换一张，请点开照片后点击“更换”。',
  ignoredExtra: '最多只能上传 {max} 张，多选的 {count} 张未添加。',
  photoLabel: '{label}，第 {number} 张',
  checking: '正在检查和压缩照片…',
  uploading: '正在上传 {percent}%',
  replacing: '正在更换，原照片保留到新照片上传成功',
  uploaded: '已上传',
  checkingShort: '检查中',
  failedShort: '未通过',
  openPhoto: '{name}，点开查看大图',
  close: '关闭',
  zoomIn: '放大',
  zoomOut: '缩小',
  previous: '上一张',
  next: '下一张',
  zoomHint: '双击或双指张开可放大，看清文字再提交',
  duplicate: {
    title: '这张照片已经上传过了',
    action: '同一张照片不用重复上传。请拍摄或选择另一页的照片。',
  },
  sampleTitle: '示例：拍哪一页',
  samples: {
    booklet: '翻到需要的那一页（如户主页、孩子本人页），平放拍摄，一页一张，四角都在画面内。',
    certificate: '拍有文字和印章的一面，证件平放，文字和印章都要清楚。',
    document: '拍有姓名、签字或盖章的每一页，一页一张，不要折角。',
  },
  maybeBlurry: '可能不够清晰，请放大检查',
  maybeBlurryDetail:
    '这张照片像素偏低。请点开预览放大查看，文字看不清时请拍近一些或重新扫描后更换。',
  noPreview: '已上传（本次未显示预览）',
  problems: {
    empty: {
      title: '文件是空的',
      action: '照片可能没有保存完整。请重新拍照，或从相册重新选择。',
    },
    'not-image': {
      title: '这不是照片',
      action: '请选择用手机相机拍摄的证件照片（JPG 或 PNG 格式）。',
    },
    corrupt: {
      title: '照片文件已损坏，无法打开',
      action: '请重新拍照，或从相册重新选择原图。',
    },
    incomplete: {
      title: '照片不完整或内容为空，请重新拍摄',
      action:
        '照片可能没有保存完整，或画面是一片空白、全黑。请对准证件重新拍照，或从相册选择完整的原图。',
    },
    'heic-unsupported': {
      title: '本机无法处理 HEIC 格式的照片',
      action:
        '请改用 JPG 格式重新拍照：苹果手机在“设置 → 相机 → 格式”中选择“兼容性最佳”；安卓手机在相机设置中关闭“HEIF/高效格式”。也可以直接点击“拍照”。',
    },
    'type-unsupported': {
      title: '本机无法打开这种格式的图片',
      action: '请点击“拍照”直接拍摄证件，或选择 JPG、PNG 格式的照片。',
    },
    thumbnail: {
      title: '这张图片像是聊天中转发的缩略图',
      action:
        '缩略图不够清晰，会影响审核。请选择原始照片：在微信中打开图片，点击“查看原图”并保存后再选择；或直接点击“拍照”。',
    },
    'too-small': {
      title: '照片像素太低，看不清文字',
      action: '请拍近一些，让证件占满画面、对焦清楚后重新拍照；扫描件请用 200 dpi 以上重新扫描。',
    },
    'absurd-dimensions': {
      title: '照片尺寸异常，手机无法处理',
      action: '请点击“拍照”直接拍摄证件，不要使用拼接图或超长截图。',
    },
    'source-too-big': {
      title: '文件过大，手机无法处理',
      action: '请点击“拍照”直接拍摄证件，或选择手机相机拍摄的普通照片。',
    },
    'compress-failed': {
      title: '照片压缩失败',
      action: '请关闭其他应用后重试，或重新拍照。照片需压缩到 5M 以内才能上传。',
    },
  },
  checkTitle: '提前检查照片',
  checkIntro:
    '建议在信息登记前提前拍好证件照片。照片会在本机检查并压缩到 5M 以内，您可以在这里试传，看看是否清晰、能否通过检查。',
  checkTips:
    '拍照要求：证件平放、光线充足、对焦清楚，证件部分不要有多余画面。通过微信发送的图片须下载原图后再选择，不要误传缩略图。',
  checkSlotLabel: '试传照片',
  checkResultsTitle: '已通过检查并上传的照片',
  checkResultsEmpty: '还没有上传照片。',
  checkPassed: '第 {number} 张：通过检查，已上传',
  checkNote: '这里上传的照片仅用于检查，不会提交到您的登记信息中。',
};
