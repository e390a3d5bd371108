import type { Messages } from '../catalog';

/** What to do about a reason the gateway gave for refusing a submission, by reason code. */
export const gatewayReasons: Messages['gatewayReasons'] = {
  summaryTitle: 'The registration was not submitted. Change the following, then submit again:',
  materialsLabel: 'Material photos',
  verificationLabel: 'Information check',
  formLabel: 'Registration details',
  codes: {
    required: 'Enter “{label}”',
    invalid: '“{label}” did not pass the system’s check; check it and change it',
    mismatch: '“{label}” does not match the ID number; check it',
    'out-of-range': '“{label}” is outside the allowed range; check it',
    'no-places': '“{label}”: the chosen school has no places left; choose another school',
    'not-in-catchment':
      '“{label}”: the chosen school does not take pupils from the address you gave; choose another school',
    'differs-from-verified':
      '“{label}” differs from what the departments verified. If their record is wrong, tap “This is wrong” and upload proof',
    'unknown-upload':
      '“{label}”: a photo cannot be found on the system; delete it and upload it again',
    unknown: '“{label}” has expired; go back to the child’s details and check again',
    'other-child':
      '“{label}” was made for another child; go back to the child’s details and check again',
  },
  other: '“{label}” did not pass the system’s check; check it and change it',
};
