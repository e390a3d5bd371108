import type { Messages } from '../catalog';

/** The service frame of every page: title bar, steps, footer, page titles. */
export const frame: Messages['frame'] = {
  bureau: 'Jinan Municipal Education Bureau',
  footerBureau: 'Provided by the Jinan Municipal Education Bureau',
  back: 'Back',
  backLabel: 'Back to the previous page',
  documentTitle: '{page} - {service}',
  stepDocumentTitle: 'Step {step} of {total}: {section} - {service}',
  sectionPart: '{section} ({part} of {parts})',
  stepsLabel: 'Progress',
  steps: {
    fill: 'Fill in',
    upload: 'Upload',
    confirm: 'Submit',
  },
  stepState: {
    done: 'done',
    current: 'current',
    upcoming: 'not started',
  },
  stepAria: 'Step {step}, {name}, {state}',
};
