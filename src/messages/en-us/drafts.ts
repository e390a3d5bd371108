import type { Messages } from '../catalog';

/** Words of draft saving on the device and the gateway (FAQ 7). */
export const drafts: Messages['drafts'] = {
  saving: 'Saving…',
  savedAt: 'Saved at {time}. You can continue on another device or in the other app.',
  offline:
    'Not saved to the server yet: no network connection. Saved on this phone; it will be saved to the server once you are online.',
  offlineNoDevice:
    'Not saved: no network connection and this phone cannot store it either. Please get online before closing the page.',
  deviceFailedServerSaved:
    'This phone’s storage is full or unavailable; your answers were saved to the server at {time}.',
  deviceFailed:
    'This phone’s storage is full or unavailable. Saving to the server now: please do not close the page.',
  closed: 'Registration has closed. You can view what you entered, but not change it.',
  failed:
    'Your answers could not be saved to the server. Please try again later; they are saved on this phone.',
  failedNoDevice:
    'Your answers could not be saved to the server, nor on this phone. Please try again once online, and do not close the page before then.',
  conflictTitle: 'This registration was also changed on another device or app',
  conflictHint: 'Choose which copy to keep. The changes in the other copy will be discarded.',
  thisDevice: 'The copy on this device',
  otherCopy: 'The copy saved on another device or app',
  copySummary: 'Child: {name}, ID number: {id}, {count} answers filled in',
  copySavedAt: 'Saved at: {time}',
  unnamed: 'Not given',
  keepThisDevice: 'Keep the copy on this device',
  useOtherCopy: 'Use the other copy',
};
