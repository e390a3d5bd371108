import type { UploadRef } from '@contract';
import { CERTIFICATE, check, completeDraft } from '../registration/test-support';
import { draftFromSubmission, reattachPhotos, withoutVerified } from './refill-draft';

const photo = (id: string): UploadRef => ({
  id,
  bytes: 1000,
  width: 2339,
  height: 1654,
  sha256: 'a'.repeat(64),
  mimeType: 'image/jpeg',
});

describe('filling again from a submitted registration', () => {
  it('takes verified values out, so they come back with their 自动回填 mark', () => {
    const draft = completeDraft();
    const checks = [
      check('property', 'verified', {
        'residence.certificateNumber': CERTIFICATE,
        'residence.ownerName': '李明轩',
      }),
      check('household', 'not-found', { 'household.headName': '李明轩' }),
    ];
    const next = withoutVerified(draft, checks, ['residence.ownerName']);
    expect(next.residence?.certificateNumber).toBeUndefined();
    expect(next.residence?.ownerName).toBe('李明轩');
    expect(next.household?.headName).toBe('李明轩');
    expect(next.child).toEqual(draft.child);
  });

  it('keeps the child’s name and ID number, which verification is asked with', () => {
    const draft = completeDraft();
    const checks = [
      check('household', 'verified', { 'child.name': '李小明', 'child.ethnicity': '01' }),
    ];
    const next = withoutVerified(draft, checks, []);
    expect(next.child?.name).toBe('李小明');
    expect(next.child?.idNumber).toBe(draft.child?.idNumber);
    expect(next.child?.ethnicity).toBeUndefined();
  });

  it('keeps every answer as submitted when nothing was verified', () => {
    expect(withoutVerified(completeDraft(), [], [])).toEqual(completeDraft());
  });

  it('puts submitted photos back under the requirements that still need them', () => {
    const requirements = [
      {
        id: 'property',
        anyOf: ['property-certificate' as const, 'purchase-contract' as const],
        reason: 'property-not-verified' as const,
      },
      { id: 'kinship', anyOf: ['birth-medical-certificate' as const], reason: 'kinship' as const },
    ];
    const { uploads, kinds } = reattachPhotos(requirements as never, {
      'purchase-contract': [photo('u-1'), photo('u-2')],
      'household-register': [photo('u-3')],
    });
    expect(uploads).toEqual({ property: [photo('u-1'), photo('u-2')] });
    expect(kinds).toEqual({ property: 'purchase-contract' });
  });

  it('copies the submitted answers, the transfer’s own included', () => {
    const submission = {
      subsystem: 'transfer' as const,
      answers: {
        ...completeDraft(),
        student: { currentGrade: '4' },
        transfer: { targetGrade: '5' },
      },
    };
    const draft = draftFromSubmission(submission as never);
    expect(draft.transfer?.targetGrade).toBe('5');
    expect(draft.child?.name).toBe(completeDraft().child?.name);
  });
});
