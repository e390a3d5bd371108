import type { Messages } from '../catalog';

/** Document photos: the photo slot and the photo check page (FAQ 12). */
export const photos: Messages['photos'] = {
  takePhoto: 'Take a photo',
  chooseFromAlbum: 'Choose from album',
  rotate: 'Turn right',
  replace: 'Replace',
  remove: 'Delete',
  cancel: 'Cancel',
  retry: 'Try again',
  dismiss: 'OK',
  countRule: 'Upload {min}, at most {max}',
  counter: '{count}/{total}',
  counterLabel: '{count} of {total} photos uploaded',
  limitReached:
    'You have reached the limit of {max}. To use another photo, open it and press “Replace”.',
  ignoredExtra: 'At most {max} photos can be uploaded; {count} extra were not added.',
  photoLabel: '{label}, photo {number}',
  checking: 'Checking and compressing the photo…',
  uploading: 'Uploading {percent}%',
  replacing: 'Replacing; the old photo stays until the new one is uploaded',
  uploaded: 'Uploaded',
  checkingShort: 'Checking',
  failedShort: 'Not accepted',
  openPhoto: '{name}: open the full-size picture',
  close: 'Close',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  previous: 'Previous',
  next: 'Next',
  zoomHint: 'Double-tap or spread two fingers to zoom; check that the text can be read',
  duplicate: {
    title: 'This photo has already been uploaded',
    action: 'The same photo is not needed twice. Take or choose a photo of another page.',
  },
  sampleTitle: 'Example: which page to photograph',
  samples: {
    booklet:
      'Open the booklet at the page needed (such as the head of household’s page or the child’s page), lay it flat, one photo per page, all four corners in view.',
    certificate:
      'Photograph the side with the text and the seal, laid flat, with the text and the seal sharp.',
    document:
      'Photograph every page with a name, signature or seal, one photo per page, corners not folded.',
  },
  maybeBlurry: 'May not be sharp enough; zoom in to check',
  maybeBlurryDetail:
    'This photo has few pixels. Open the preview and zoom in; if the text cannot be read, move closer or rescan, then replace it.',
  noPreview: 'Uploaded (no preview this time)',
  problems: {
    empty: {
      title: 'The file is empty',
      action:
        'The photo may not have been saved completely. Take it again or choose it again from the album.',
    },
    'not-image': {
      title: 'This is not a photo',
      action: 'Choose a photo of the document taken with the phone camera (JPG or PNG).',
    },
    corrupt: {
      title: 'The photo file is damaged and cannot be opened',
      action: 'Take the photo again, or choose the original again from the album.',
    },
    incomplete: {
      title: 'The photo is incomplete or empty; please take it again',
      action:
        'The photo may not have been saved completely, or the picture is blank or all black. Take the document again, or choose the complete original from the album.',
    },
    'heic-unsupported': {
      title: 'This phone cannot handle HEIC photos',
      action:
        'Take the photo again in JPG: on an iPhone choose Settings → Camera → Formats → Most Compatible; on Android turn off “HEIF / high efficiency” in the camera settings. Or press “Take a photo”.',
    },
    'type-unsupported': {
      title: 'This phone cannot open this kind of image',
      action: 'Press “Take a photo” to photograph the document, or choose a JPG or PNG photo.',
    },
    thumbnail: {
      title: 'This looks like a thumbnail forwarded in a chat',
      action:
        'A thumbnail is not clear enough for review. Choose the original: in WeChat open the picture, press “View original” (查看原图), save it, then choose it; or press “Take a photo”.',
    },
    'too-small': {
      title: 'The photo has too few pixels to read the text',
      action:
        'Move closer so the document fills the picture, focus, and take it again; rescan a scan at 200 dpi or more.',
    },
    'absurd-dimensions': {
      title: 'The photo’s size is unusual and the phone cannot handle it',
      action:
        'Press “Take a photo” to photograph the document; do not use stitched images or very long screenshots.',
    },
    'source-too-big': {
      title: 'The file is too large for the phone to handle',
      action: 'Press “Take a photo”, or choose an ordinary photo taken with the phone camera.',
    },
    'compress-failed': {
      title: 'The photo could not be compressed',
      action:
        'Close other apps and try again, or take the photo again. Photos must be compressed under 5 MB to upload.',
    },
  },
  checkTitle: 'Check photos in advance',
  checkIntro:
    'We suggest you photograph your documents before registering. Photos are checked and compressed on this phone to under 5 MB; try one here to see whether it is clear and passes the checks.',
  checkTips:
    'How to photograph: lay the document flat, in good light, in focus, with nothing else in the picture. Pictures sent through WeChat must be saved as originals first; do not upload a thumbnail.',
  checkSlotLabel: 'Trial photos',
  checkResultsTitle: 'Photos that passed the checks and were uploaded',
  checkResultsEmpty: 'No photos uploaded yet.',
  checkPassed: 'Photo {number}: passed the checks and uploaded',
  checkNote: 'Photos uploaded here are only for checking; they are not added to your registration.',
};
