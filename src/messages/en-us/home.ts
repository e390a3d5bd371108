import type { Messages } from '../catalog';

/** The home page: the two subsystems and their windows (FAQ 1; PRODUCT.md). */
export const home: Messages['home'] = {
  greeting: 'Hello, {name}',
  identity: 'ID card number: {id}',
  signingIn: 'Signing in…',
  windowNotOpen: 'Not open yet: registration starts {opensAt}',
  windowOpen: 'Open: closes {closesAt}; submit before then',
  windowClosed: 'Closed: submitted registrations can still be viewed, not changed or deleted',
  enrollmentWho: 'For parents of children starting first grade of primary school in autumn 2022.',
  transferWho:
    'For parents of students transferring to a downtown school; primary graduates applying to a downtown junior high school register here too.',
  notAdmission:
    'Submitting a registration is not admission. The school will tell you the result by telephone.',
  signOut: 'Sign out',
  start: 'Start registration',
  startTransfer: 'Start a transfer application',
  view: 'View the registration',
  viewSeveral: 'View the registrations ({count})',
  noneSubmitted: 'Nothing was submitted in {subsystem}, and it can no longer be submitted.',
  photoCheck: 'Check your photos are clear and acceptable before you register',
};
