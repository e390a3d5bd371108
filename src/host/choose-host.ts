// Type-checking and unit-test entry: Taro builds resolve `choose-host.h5.ts` or
// `choose-host.weapp.ts` for their platform instead of this file.
export { chooseHostBridge } from './choose-host.h5';
