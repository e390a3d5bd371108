import { onDemand } from '@/components/on-demand';

/**
 * The materials section's photo slots, viewer, samples and uploads (about 10 KB gzip) come in
 * their own chunk: the section page shows every other section without them (issue 16).
 */
export const MaterialsStepOnDemand = onDemand(() =>
  import(/* webpackChunkName: "materials-step" */ './materials-step').then(
    (module) => module.MaterialsStep,
  ),
);
