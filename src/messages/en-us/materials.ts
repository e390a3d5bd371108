import type { Messages } from '../catalog';

/** Why each photo is needed (FAQ 11, 12) and the materials screen's words. */
export const materials: Messages['materials'] = {
  intro:
    'Photograph and upload the documents below. Verified information needs no photo. Photos must be clear and complete, each at most 5 MB.',
  tableLink: 'See the table of registration information and documents to upload',
  chooseDocument: 'Which document will you upload?',
  photosNeeded: 'Upload at least {min} and at most {max} photos',
  missing: 'Upload “{name}” ({count} more needed)',
  noneNeeded: 'All your information was verified; no documents need to be uploaded.',
  reasons: {
    'household-not-verified':
      'The household registration could not be verified automatically; upload the household register',
    'property-not-verified':
      'The property could not be verified automatically; upload the property document',
    'home-not-owned': 'For a rented or borrowed home, upload the lease or other proof of residence',
    'owner-parent-not-in-household':
      'The home is in the father’s (or mother’s) name and the child’s household is with the other parent: add the birth medical certificate or the marriage certificate (FAQ 11)',
    'owner-grandparent-household-elsewhere':
      'The home is in a grandparent’s name and the parent’s household is elsewhere: add a document proving the family relationship; if there is none, the police station of the grandparent’s household can issue a kinship certificate (FAQ 11)',
    'residence-permit-not-verified':
      'The residence permit could not be verified automatically; upload the residence permit',
    'employment-not-verifiable': 'Upload the employment contract or proof of work',
    'business-licence-not-verified':
      'The business licence could not be verified automatically; upload the business licence',
    'social-insurance-not-verified':
      'Social insurance payments could not be verified automatically; upload the payment record',
    'transfer-household-move':
      'Transfer after a household move that could not be verified: upload the new household register page',
    'transfer-residence-change':
      'Transfer after a change of residence that could not be verified: upload proof of the new home',
    'transfer-other-reason': 'Transfer for another lawful reason: upload a document that shows it',
    'student-status-not-verified':
      'The student register could not be checked: upload proof of enrolment from the current school',
    'disputed-field': 'You marked “{field}” as wrong; upload a document that shows the right value',
  },
};

/** The rows of 登记信息与上传材料对照表, by situation (src/domain/registration/materials-table.ts). */
export const materialsTable: Messages['materialsTable'] = {
  title: 'Registration information and documents to upload',
  intro:
    'This table shows which documents to photograph and upload in each situation. Every document listed for a situation is needed; where it says “any one of”, upload one of those. Information verified by the big-data check needs no photo. Document names are in Chinese, as on the documents.',
  situationHeading: 'Situation',
  materialsHeading: 'Documents to upload',
  oneOf: 'Any one of:',
  none: 'No documents needed',
  situations: {
    'owned-home': 'Own home; household and property could not be verified automatically',
    'purchase-contract':
      'Bought a home without a real estate certificate yet; registering with the purchase contract',
    'rented-home': 'Rented or borrowed home',
    'owner-parent-household-other-parent':
      'The home is in the father’s (or mother’s) name; the child’s household is with the other parent',
    'owner-paternal-grandparent-household-elsewhere':
      'The home is in the paternal grandparents’ name; the father’s household is elsewhere',
    'owner-maternal-grandparent-household-elsewhere':
      'The home is in the maternal grandparents’ name; the mother’s household is elsewhere',
    'migrant-employed': 'Child of migrant workers; the parents are employed',
    'migrant-self-employed': 'Child of migrant workers; the parents run a business',
    'all-verified': 'Household, property and everything else verified',
    'disputed-backfill': 'An automatically filled answer marked “This is wrong”',
  },
};
