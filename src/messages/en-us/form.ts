import type { Messages } from '../catalog';

/** Words of the form machinery shared by every section (GOV.UK patterns). */
export const form: Messages['form'] = {
  errorSummaryTitle: 'There is a problem',
  continue: 'Save and continue',
  backToTasks: 'Back to the registration tasks',
  change: 'Change',
  changeWhat: 'Change {label}',
  autoBackfill: 'Automatic backfill (自动回填)',
  backfillSource: 'Source: {source}, data of {date}',
  backfillSourceNoDate: 'Source: {source}',
  disputeBackfill: 'This is wrong',
  disputedNote:
    'You marked this as wrong. Fill it in yourself and upload a document that proves it.',
  disputedTitle: 'You now fill in “{label}” yourself',
  disputedNext:
    'Enter the correct answer above. After you submit, the school or registration point checks this answer by hand; in the “Upload materials” step, photograph: {document}.',
  restoreBackfill: 'Use the verified answer again',
  correctionDocuments: {
    'child-identity':
      'the child’s own page of the household register, or the birth medical certificate',
    'parent-identity': 'the parent’s resident ID card (both sides)',
    'household-register':
      'the household register’s first page (head of household) and the child’s own page',
    'property-certificate':
      'the real estate certificate or house ownership certificate (the pages with the owner and the address)',
    'residence-permit': 'the residence permit',
    'employment-or-licence': 'the employment contract or the business licence',
    'social-insurance-record': 'the social insurance payment record',
    'student-status-proof': 'the enrolment certificate or student status certificate',
    'other-proof': 'a document that proves the right answer',
  },
  typeX: 'Type X',
  typeXLabel: 'Type the letter X at the end of the number',
  verificationSummary: 'Big-data check: {status}',
  showVerification: 'Show the check’s details',
  hideVerification: 'Hide the check’s details',
  savedAt: 'Saved on this phone at {time}',
  saveFailed:
    'This phone’s storage is full or unavailable, so your answers are not saved on it yet. Please do not close the page.',
  reviewSection:
    'These answers come from the departments’ verified records and were filled in for you. Check them, then tap “This is correct”; if one is wrong, tap “This is wrong” beside it.',
  confirmSection: 'This is correct',
  schoolFull: 'No places left; it cannot be chosen',
  schoolPlacesLeft: '{count} places left',
};
