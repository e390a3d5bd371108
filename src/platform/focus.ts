// Type-checking and unit-test entry: Taro builds resolve `focus.h5.ts` or `focus.weapp.ts`.
export { focusById } from './focus.h5';
