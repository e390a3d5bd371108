// Type-checking and unit-test entry: Taro builds resolve `clipboard.h5.ts` or `clipboard.weapp.ts`.
export { copyText } from './clipboard.h5';
