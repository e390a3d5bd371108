// Type-checking and unit-test entry: Taro builds resolve `gateway-mode.h5.ts` or
// `gateway-mode.weapp.ts` for their platform instead of this file.
export { prepareGateway } from './gateway-mode.h5';
