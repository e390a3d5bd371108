import type { Messages } from '../catalog';

/** The home page: the two subsystems and their windows (FAQ 1; PRODUCT.md). */
export const home: Messages['home'] = {
  greeting: 'Hello, {name}',
  identity: 'ID number {id}',
  windowNotOpen: 'Not open yet; opens {opensAt}',
  windowOpen: 'Open; closes {closesAt}',
  windowClosed: 'Closed; view only',
  enrollmentWho: 'For families of children starting first grade of primary school in 2022.',
  transferWho:
    'For families of students transferring to a downtown school, including primary graduates applying to a downtown junior high school.',
  notAdmission:
    'Submitting a registration is not admission. The school will tell you the result by telephone.',
  signOut: 'Sign out',
  start: 'Start registration',
  startTransfer: 'Start a transfer application',
  view: 'View the registration',
  viewSeveral: 'View the registrations ({count})',
  noneSubmitted: 'Nothing was submitted in {subsystem}.',
  photoCheck: 'Check your photos in advance',
};
