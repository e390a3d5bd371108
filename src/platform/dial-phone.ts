// Type-checking and unit-test entry: Taro builds resolve `dial-phone.h5.ts` or
// `dial-phone.weapp.ts` for their platform instead of this file.
export { dialPhone } from './dial-phone.h5';
