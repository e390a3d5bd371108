import type { Messages } from '../catalog';

/** Words used on many screens. */
export const common: Messages['common'] = {
  appTitle: 'Jinan Downtown School Registration',
  enrollment: 'Primary school enrollment registration',
  transfer: 'Primary and secondary school transfer registration',
  retry: 'Try again',
  loading: 'Loading…',
  back: 'Back',
  home: 'Home',
  notices: 'Notices',
  faq: 'Questions and answers',
  myRegistrations: 'My registrations',
  helpLine: 'Help line: {phone}',
  notProvided: 'Not given',
  idLabel: 'ID number',
  mobileLabel: 'Mobile number',
};
