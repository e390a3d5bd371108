import type { Messages } from '../catalog';

/** Signing out, switching parent, and sign-on failures that are the app's own (not the network). */
export const account: Messages['account'] = {
  signOut: 'Sign out',
  signOutTitle: 'Sign out',
  signOutBody:
    'Signing out removes the draft copies kept on this phone; drafts saved to the server can be continued after you sign in again.',
  confirmSignOut: 'Sign out',
  cancel: 'Stay signed in',
  sending: 'Saving unsaved changes to the server…',
  signingOut: 'Signing out…',
  unsentTitle: 'Some changes are not saved to the server yet',
  unsentBody:
    'The latest changes to {count} draft(s) cannot be saved to the server right now (the network may be down). If you sign out now, these changes are removed from this phone and cannot be recovered.',
  retrySend: 'Try saving again',
  signOutAnyway: 'Sign out and discard these changes',
  appFault: {
    title: 'Something went wrong in the app',
    action:
      'This is not a network problem but an error inside the app. Tap “Retry”; if that does not help, close the page and open it again.',
  },
};
