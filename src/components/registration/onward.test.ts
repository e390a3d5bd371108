import type { VerificationCheck } from '@contract';
import { applyVerification } from '@/domain/registration/backfill';
import type { EnrollmentDraft } from '@/domain/registration/draft';
import { ENROLLMENT_JOURNEY } from '@/domain/registration/journey';
import {
  APPLICANT,
  CERTIFICATE,
  CHILD_ID,
  CONTEXT,
  HOME,
  check,
} from '@/domain/registration/test-support';
import { needsParent, onwardFrom } from './onward';
import type { RegistrationForm } from './use-registration';

const CHILD: EnrollmentDraft = {
  child: {
    name: '李小明',
    idType: 'resident-id',
    idNumber: CHILD_ID,
    contactMobile: APPLICANT.mobile,
  },
};

const HOUSEHOLD = check('household', 'verified', {
  'household.head': 'father',
  'household.headName': '李明轩',
  'household.address': HOME,
  'household.inDowntown': 'true',
  'child.ethnicity': '01',
  'guardian.applicantRole': 'father',
});

const PROPERTY = check('property', 'verified', {
  'residence.kind': 'owned',
  'residence.certificateType': 'real-estate-certificate',
  'residence.certificateNumber': CERTIFICATE,
  'residence.owner': 'father',
  'residence.ownerName': '李明轩',
  'residence.sharePercent': '100',
  'residence.address': HOME,
});

function formFor(answers: EnrollmentDraft, checks: VerificationCheck[]): RegistrationForm {
  const shown = applyVerification(answers, checks, []);
  return {
    flow: { journey: ENROLLMENT_JOURNEY },
    record: {
      id: 'd1',
      answers,
      verification: { id: 'v1', status: 'done', progress: 1, checks, requestKey: 'k' },
      disputed: [],
      uploads: {},
      materialKinds: {},
    },
    context: CONTEXT,
    answers: shown.draft,
    backfilled: shown.backfilled,
  } as unknown as RegistrationForm;
}

describe('where 开始登记 goes on to', () => {
  it('skips every section the records answer and lands on the school choice', () => {
    const form = formFor(CHILD, [HOUSEHOLD, PROPERTY]);
    expect(onwardFrom(form, 'child', 1)).toEqual({ to: 'section', section: 'school', step: 0 });
  });

  it('goes to the check page once the school is chosen and no photo is needed', () => {
    const form = formFor({ ...CHILD, schoolId: 'school-lixia-1' }, [HOUSEHOLD, PROPERTY]);
    expect(onwardFrom(form, 'school', 0)).toEqual({ to: 'check' });
  });

  it('asks the parent role when the household record does not show it', () => {
    const household = { ...HOUSEHOLD, values: { ...HOUSEHOLD.values } };
    delete household.values['guardian.applicantRole'];
    const form = formFor(CHILD, [household, PROPERTY]);
    expect(onwardFrom(form, 'child', 1)).toEqual({ to: 'section', section: 'guardian', step: 0 });
  });

  it('opens the materials page when the property is not verified and needs a photo', () => {
    const residence = { ...formFor(CHILD, [HOUSEHOLD, PROPERTY]).answers.residence };
    const form = formFor({ ...CHILD, residence, schoolId: 'school-lixia-1' }, [HOUSEHOLD]);
    expect(onwardFrom(form, 'school', 0)).toEqual({
      to: 'section',
      section: 'materials',
      step: 0,
    });
  });
});

describe('which questions need the parent', () => {
  it('leaves out verified answers and the host phone, and keeps a phone the parent changed', () => {
    const form = formFor(CHILD, [HOUSEHOLD, PROPERTY]);
    expect(needsParent(form, 'child.ethnicity')).toBe(false);
    expect(needsParent(form, 'child.contactMobile')).toBe(false);
    expect(needsParent(form, 'child.idNumber')).toBe(true);
    const changed = formFor({ child: { ...CHILD.child, contactMobile: '13900000009' } }, [
      HOUSEHOLD,
      PROPERTY,
    ]);
    expect(needsParent(changed, 'child.contactMobile')).toBe(true);
  });
});
