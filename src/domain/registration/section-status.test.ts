import type { EnrollmentDraft } from './draft';
import { initialDraft } from './draft';
import {
  isReadyToSubmit,
  isSectionComplete,
  sectionStatus,
  type MaterialsEvidence,
} from './section-status';
import { check, completeDraft, CONTEXT, withCheckDigit } from './test-support';

const PHOTO = {
  id: 'u1',
  bytes: 1,
  width: 2400,
  height: 1800,
  sha256: 'a',
  mimeType: 'image/jpeg',
};

function evidence(uploads: MaterialsEvidence['uploads'] = {}): MaterialsEvidence {
  return {
    checks: [check('household'), check('property')],
    disputedFields: [],
    uploads,
    minPhotos: {},
  };
}

describe('sectionStatus', () => {
  it('starts with nothing begun, school and materials not yet startable', () => {
    expect(sectionStatus(initialDraft(CONTEXT), CONTEXT)).toEqual({
      child: 'not-started',
      guardian: 'not-started',
      household: 'not-started',
      residence: 'not-started',
      migrant: 'cannot-start',
      school: 'cannot-start',
      materials: 'cannot-start',
    });
  });

  it('counts a contact mobile changed by the parent as started', () => {
    expect(sectionStatus({ child: { contactMobile: '13800000000' } }, CONTEXT).child).toBe(
      'in-progress',
    );
  });

  it('marks a complete draft completed, with materials done once nothing is missing', () => {
    expect(sectionStatus(completeDraft(), CONTEXT, evidence())).toEqual({
      child: 'completed',
      guardian: 'completed',
      household: 'completed',
      residence: 'completed',
      migrant: 'not-needed',
      school: 'completed',
      materials: 'completed',
    });
  });

  it('shows a problem for an ineligible child and blocks the materials', () => {
    const draft = completeDraft();
    const child = { ...draft.child, idNumber: withCheckDigit('37010220161012001') };
    const status = sectionStatus({ ...draft, child }, CONTEXT, evidence());
    expect(status.child).toBe('problem');
    expect(status.materials).toBe('cannot-start');
  });

  it('shows in progress when answers are only missing', () => {
    const draft: EnrollmentDraft = { ...completeDraft(), residence: { kind: 'owned' } };
    const status = sectionStatus(draft, CONTEXT);
    expect(status.residence).toBe('in-progress');
    expect(status.school).toBe('cannot-start');
  });

  it('needs the migrant section for a household outside downtown', () => {
    const draft = completeDraft();
    const status = sectionStatus(
      { ...draft, household: { ...draft.household, inDowntown: false } },
      CONTEXT,
    );
    expect(status.migrant).toBe('not-started');
    expect(status.materials).toBe('cannot-start');
  });

  it('tracks the materials: not started, in progress, completed', () => {
    const none = { checks: [], disputedFields: [], uploads: {}, minPhotos: {} };
    expect(sectionStatus(completeDraft(), CONTEXT, none).materials).toBe('not-started');
    const some = { ...none, uploads: { 'household-register': [PHOTO] } };
    expect(sectionStatus(completeDraft(), CONTEXT, some).materials).toBe('in-progress');
    const all = {
      ...none,
      uploads: { 'household-register': [PHOTO], 'property-certificate': [PHOTO] },
    };
    expect(sectionStatus(completeDraft(), CONTEXT, all).materials).toBe('completed');
  });
});

describe('isSectionComplete and isReadyToSubmit', () => {
  it('agree with the statuses', () => {
    expect(isSectionComplete('child', completeDraft(), CONTEXT)).toBe(true);
    expect(isSectionComplete('school', { schoolId: 's1' }, CONTEXT)).toBe(false);
    expect(isReadyToSubmit(completeDraft(), CONTEXT, evidence())).toBe(true);
    expect(isReadyToSubmit(completeDraft(), CONTEXT, { ...evidence(), checks: [] })).toBe(false);
  });
});
