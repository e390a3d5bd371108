import type { Declaration, UploadRef } from '@contract';
import { buildSubmission } from './submission';
import { CONTEXT, completeDraft } from './test-support';

const photo = (id: string): UploadRef => ({
  id,
  bytes: 500_000,
  width: 2480,
  height: 3508,
  sha256: 'ab'.repeat(32),
  mimeType: 'image/jpeg',
});

const DECLARATION: Declaration = {
  accepted: true,
  textVersion: '2022.1',
  acceptedAt: '2022-07-05T10:00:00+08:00',
};

describe('buildSubmission', () => {
  it('refuses to build a submission while a rule still refuses an answer', () => {
    const draft = completeDraft();
    const parts = {
      verificationId: null,
      disputed: [],
      requirements: [],
      uploads: {},
      kinds: {},
      declaration: DECLARATION,
    };
    expect(buildSubmission({ ...draft, schoolId: undefined }, CONTEXT, parts)).toBeNull();
  });

  it('files photos under the document the parent chose, or the first alternative', () => {
    const body = buildSubmission(completeDraft(), CONTEXT, {
      verificationId: 'v-1',
      disputed: ['household.address'],
      requirements: [
        {
          id: 'parent-relationship',
          anyOf: ['birth-medical-certificate', 'marriage-certificate'],
          reason: 'owner-parent-not-in-household',
        },
        {
          id: 'household-register',
          anyOf: ['household-register'],
          reason: 'household-not-verified',
        },
        { id: 'rental-contract', anyOf: ['rental-contract'], reason: 'home-not-owned' },
      ],
      uploads: {
        'parent-relationship': [photo('u-1')],
        'household-register': [photo('u-2'), photo('u-3')],
      },
      kinds: { 'parent-relationship': 'marriage-certificate' },
      declaration: DECLARATION,
    });
    expect(body?.materials).toEqual({
      'marriage-certificate': [photo('u-1')],
      'household-register': [photo('u-2'), photo('u-3')],
    });
    expect(body?.verificationId).toBe('v-1');
    expect(body?.disputedFields).toEqual(['household.address']);
    expect(body?.subsystem).toBe('enrollment');
    expect(body?.declaration).toEqual(DECLARATION);
  });
});
