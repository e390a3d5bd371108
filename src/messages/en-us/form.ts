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
  savedAt: 'Saved on this phone at {time}',
  saveFailed:
    'This phone’s storage is full or unavailable, so your answers are not saved on it yet. Please do not close the page.',
};
