import type { Messages } from '../catalog';

/** Sign-on through the host app (PRODUCT.md, Identity; FAQ 3 and 4). */
export const signOn: Messages['signOn'] = {
  signingIn: 'Signing in through Love Shandong…',
  'not-logged-in': {
    title: 'You are not signed in',
    action:
      'Sign in to the Love Shandong or Love Shandong Quancheng Office app first, then press “Try again”.',
  },
  cancelled: {
    title: 'You cancelled the sign-in',
    action: 'Registering needs your identity. Press “Try again” and finish signing in.',
  },
  refused: {
    title: 'You did not give permission',
    action:
      'Registering needs your name, ID number and mobile number. Press “Try again” and give permission.',
  },
  'legal-person': {
    title: 'Please sign in with a personal account',
    action:
      'You are signed in with a legal-person (法人) account, which cannot register a child. Sign out in the Love Shandong or Love Shandong Quancheng Office app, sign in with the parent’s own personal account, then press “Try again”.',
  },
  unavailable: {
    title: 'Cannot connect to Love Shandong',
    action:
      'Open this service in the Love Shandong or Love Shandong Quancheng Office app, or press “Try again” later.',
  },
  'not-answering': {
    title: 'Love Shandong is not answering',
    action:
      'Press “Try again” in a moment. If it still does not work, close this service and open it again from the Love Shandong app.',
  },
  passwordHelp:
    'Your account and password belong to the Love Shandong or Love Shandong Quancheng Office app. If you forgot the password, reset it the way that app offers; to change your mobile number, open “我的” (Me) in that app and tap your picture.',
  devPickerTitle: 'Development: choose a simulated parent to sign in',
  devPickerHint: 'Simulated data; each parent is one registration case.',
  renewFailed:
    'Your sign-in expired and could not be renewed. What you entered is still on this page; press “Try again”.',
};
