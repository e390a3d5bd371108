// Type-checking and unit-test entry: Taro builds resolve `materials-step-on-demand.h5.ts` or
// `materials-step-on-demand.weapp.ts` for their platform instead of this file.
export { MaterialsStepOnDemand } from './materials-step-on-demand.h5';
