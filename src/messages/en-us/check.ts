import type { Messages } from '../catalog';

/** Check your answers: cards per section, masking, the declaration. */
export const check: Messages['check'] = {
  intro:
    'Check each part. To change something, tap “Change” on its part; you come back here when it is done.',
  changeSection: 'Change {section}',
  show: 'Show',
  hide: 'Hide',
  showWhat: 'Show the full {label}',
  hideWhat: 'Hide the {label}',
  backfilledFrom: 'Filled in automatically · {source}',
  disputed: 'You marked this as wrong: a supporting photo is needed',
  otherParent: "The child's other parent",
  otherParentAbsent: 'Not given (optional)',
  photoCount: 'Photos: {count}',
  materialsTitle: 'Uploaded materials',
  declaration:
    'I promise that the information I gave is true and accurate, and I accept responsibility for anything false.',
  declarationNeeded: 'Please read and tick the promise above before you submit.',
};
