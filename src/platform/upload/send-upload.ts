// Type-checking and unit-test entry: Taro builds resolve `send-upload.h5.ts` or
// `send-upload.weapp.ts` for their platform instead of this file.
export { sendUpload } from './send-upload.h5';
