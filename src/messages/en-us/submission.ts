import type { Messages } from '../catalog';

/** Check answers, submit, receipt (FAQ 8, 10, 14). */
export const submission: Messages['submission'] = {
  checkTitle: 'Check your registration',
  checkIntro: 'Check each answer. Before you submit, press “Change” to change an answer.',
  category: 'Registration category',
  backfilledSuffix: ' (automatic backfill)',
  materialsRow: 'Uploaded documents',
  photosCount: '{name}: {count}',
  submit: 'Submit the registration',
  confirmTitle: 'You cannot change it after submitting',
  confirmBody:
    'Once submitted, a registration cannot be changed. If you find a mistake while registration is open, go to “My registrations”, press “Delete” and fill it in again. After registration closes you can only view it, not change or delete it.',
  confirmSubmit: 'Confirm and submit',
  confirmCancel: 'Go back and check',
  submitting: 'Submitting; please do not close the page…',
  failed: 'Not submitted: {title}. {action}',
  validationFailed: 'The registration system found these problems. Change them, then submit:',
  receiptTitle: 'Registration submitted',
  reference: 'Reference number: {reference}',
  submittedAt: 'Submitted: {time}',
  next: 'Next, the school or the registration point will review your registration.',
  notAdmission:
    'Submitting a registration is not admission. The school will tell you the result by telephone.',
  appointmentReminder:
    'Your child is a child of migrant workers: after registering online, remember to book the on-site registration.',
  keepReference: 'Note the reference number. You can see it any time in “My registrations”.',
  notFound: 'This registration was not found. See “My registrations”.',
  successTitle: 'Submitted',
  childLine: '{subsystem}: {name}',
  referenceLabel: 'Reference number',
  copyReference: 'Copy the number',
  copied: 'The reference number was copied.',
  copyFailed: 'It could not be copied. Press and hold the number to copy it by hand.',
  nextTitle: 'What happens next',
  nextAppointment:
    'Your child is a child of migrant workers: book the on-site registration before registration closes on {closesAt}, and bring the originals to the registration point at the booked time.',
  nextReview:
    'The school or the registration point will review your registration. See its progress and result any time in “My registrations”.',
  nextChange:
    'Until {closesAt}, if something is wrong, delete the registration in “My registrations” and fill it in again; after that it can only be viewed.',
  bookNow: 'Book the on-site registration now',
  viewMine: 'View my registrations',
  anotherChild: 'Register another child',
};
