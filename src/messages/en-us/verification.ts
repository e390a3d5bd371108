import type { Messages } from '../catalog';

/** Big-data verification and automatic backfill (FAQ 5, 6, 9). */
export const verification: Messages['verification'] = {
  running:
    'Checking with the household, property and other departments’ data; please wait… ({percent}%)',
  done: 'The big-data check is finished. Verified answers were filled in automatically.',
  stalled:
    'The data check is stuck for now, which happens at busy times. Try again in a moment, or continue filling in by hand; nothing you entered will be lost.',
  failed: 'The data check cannot run right now. Try again, or continue filling in by hand.',
  retry: 'Check again',
  continueManually: 'Continue by hand',
  manualNotice:
    'Fill in anything that was not filled automatically as it really is; the school or the education bureau will check it against the big-data system. Giving false information has legal consequences.',
  sources: {
    household: 'Police household registration',
    property: 'Real estate registration',
    'birth-certificate': 'Birth medical certificate',
    'residence-permit': 'Residence permit',
    'social-insurance': 'Social insurance',
    'business-licence': 'Market regulation',
    'student-status': 'Student register',
  },
  summary: {
    running: 'in progress ({percent}%)',
    done: 'done: {verified} verified, {manual} to fill in yourself',
    doneAll: 'done: everything verified',
    stalled: 'stalled for now; you can retry',
    failed: 'not possible for now; you can retry',
  },
  checkLine: '{source}: {status}',
  checkStatus: {
    pending: 'Checking',
    verified: 'Verified',
    'not-found': 'Not found; fill in by hand',
    failed: 'Check failed; fill in by hand',
  },
};
