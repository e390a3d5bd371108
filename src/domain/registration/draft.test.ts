import { initialDraft, nextChildDraft } from './draft';
import { completeDraft, CONTEXT } from './test-support';

describe('initialDraft', () => {
  it('backfills the contact mobile from the host profile (FAQ 3)', () => {
    expect(initialDraft(CONTEXT)).toEqual({ child: { contactMobile: '13900000001' } });
  });

  it('normalises a host mobile written with +86 and separators', () => {
    const context = {
      ...CONTEXT,
      applicant: { ...CONTEXT.applicant, mobile: '+86 139-0000-0009' },
    };
    expect(initialDraft(context).child?.contactMobile).toBe('13900000009');
  });

  it('leaves the contact mobile empty when the host has no usable number', () => {
    const context = { ...CONTEXT, applicant: { ...CONTEXT.applicant, mobile: '' } };
    expect(initialDraft(context)).toEqual({});
  });
});

describe('nextChildDraft', () => {
  it('keeps the family answers and the contact mobile but not the child or school (FAQ 13)', () => {
    const previous = completeDraft();
    const next = nextChildDraft(previous);
    expect(next).toEqual({
      child: { contactMobile: previous.child?.contactMobile },
      guardian: previous.guardian,
      household: previous.household,
      residence: previous.residence,
    });
  });

  it('copies the answers so editing one child never changes the other', () => {
    const previous = completeDraft();
    const next = nextChildDraft(previous);
    expect(next.household).not.toBe(previous.household);
  });

  it('survives a JSON round trip unchanged, as drafts are saved as JSON', () => {
    const draft = completeDraft();
    expect(JSON.parse(JSON.stringify(draft))).toEqual(draft);
  });
});
