import type { Messages } from '../catalog';

/**
 * One message per failure code, each saying what to do next (STYLE.md: errors are values the
 * parent can act on). `title` is short; `action` tells the parent the next step.
 */
export const errors: Messages['errors'] = {
  SESSION_EXPIRED: {
    title: 'Your sign-in has expired',
    action: 'Press “Try again” to sign in again. Nothing you entered will be lost.',
  },
  TICKET_REJECTED: {
    title: 'Sign-in could not be verified',
    action: 'Go back to the Love Shandong app, sign in again and open this service again.',
  },
  FORBIDDEN: {
    title: 'You cannot use this service',
    action: 'Only parents of the child or student may register.',
  },
  WINDOW_NOT_OPEN: {
    title: 'Registration has not opened yet',
    action: 'Please come back while registration is open.',
  },
  WINDOW_CLOSED: {
    title: 'Registration has closed',
    action: 'Registration is closed. You can view, but not change or delete.',
  },
  VALIDATION_FAILED: {
    title: 'Some answers are wrong',
    action: 'Change them as the page shows, then submit again.',
  },
  DUPLICATE_REGISTRATION: {
    title: 'This child is already registered',
    action:
      'See “My registrations”. To change it, delete it while registration is open and fill it in again.',
  },
  VERSION_CONFLICT: {
    title: 'This was updated on another device',
    action: 'Choose which version to keep.',
  },
  DRAFT_ENDED: {
    title: 'This draft was submitted or deleted',
    action: 'See the submitted registration in My registrations, or start a new one.',
  },
  NOT_FOUND: { title: 'Nothing was found', action: 'Go back to the home page and try again.' },
  RATE_LIMITED: {
    title: 'Many people are using the service right now',
    action: 'Please wait {seconds} seconds and try again. Nothing you entered will be lost.',
  },
  UPLOAD_TOO_LARGE: {
    title: 'The photo is over 5 MB',
    action: 'Take the photo again, or choose the original photo, then upload it.',
  },
  UPLOAD_NOT_IMAGE: {
    title: 'The file is not a photo',
    action: 'Upload a photo in JPG or PNG format.',
  },
  SLOT_FULL: { title: 'This time slot is full', action: 'Choose another date or time slot.' },
  CORRECTION_CLOSED: {
    title: 'It can no longer be changed and submitted again',
    action:
      'This registration is not returned for correction, or the deadline has passed. See “My registrations”.',
  },
  SERVER_ERROR: {
    title: 'The system is busy',
    action: 'Press “Try again” in a moment. Nothing you entered will be lost.',
  },
  UNAVAILABLE: {
    title: 'The system is under maintenance or very busy',
    action: 'Press “Try again” in a moment. Nothing you entered will be lost.',
  },
  NETWORK: {
    title: 'No network connection',
    action: 'Check your phone’s network, then press “Try again”. Nothing you entered will be lost.',
  },
  TIMEOUT: {
    title: 'The network took too long to answer',
    action: 'The network is slow. Press “Try again” in a moment. Nothing you entered will be lost.',
  },
  BAD_RESPONSE: {
    title: 'The system sent something it could not read',
    action: 'Press “Try again” in a moment.',
  },
};
