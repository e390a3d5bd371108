// Type-checking and unit-test entry: Taro builds resolve `materials-step-on-demand.h5.tsx` or
// `materials-step-on-demand.weapp.tsx` for their platform instead of this file.
export { MaterialsStepOnDemand } from './materials-step-on-demand.h5';
