import { MaterialsStep } from './materials-step';

/** The mini-program cannot fetch code at run time: the step is in the subpackage already. */
export const MaterialsStepOnDemand = Object.assign(MaterialsStep, { preload() {} });
