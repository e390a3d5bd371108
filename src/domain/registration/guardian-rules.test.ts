import type { EnrollmentDraft, GuardianDraft } from './draft';
import { APPLICANT, CHILD_ID, completeDraft, CONTEXT, MOTHER_ID } from './test-support';
import { validateSection } from './validate';

function withGuardian(guardian: GuardianDraft): EnrollmentDraft {
  return { ...completeDraft(), guardian };
}

const MOTHER = { name: '王芳', idType: 'resident-id' as const, idNumber: MOTHER_ID };

describe('guardian rules', () => {
  it('requires the applicant’s role (FAQ 2)', () => {
    expect(validateSection('guardian', withGuardian({}), CONTEXT)).toEqual([
      { field: 'guardian.applicantRole', code: 'required' },
    ]);
  });

  it('refuses a role that contradicts the sex in the applicant’s own ID', () => {
    // The seeded applicant is a man (odd 17th digit).
    expect(validateSection('guardian', withGuardian({ applicantRole: 'mother' }), CONTEXT)).toEqual(
      [{ field: 'guardian.applicantRole', code: 'role-sex-mismatch' }],
    );
  });

  it('accepts no other parent, answered or not', () => {
    expect(validateSection('guardian', withGuardian({ applicantRole: 'father' }), CONTEXT)).toEqual(
      [],
    );
    expect(
      validateSection(
        'guardian',
        withGuardian({ applicantRole: 'father', otherParent: null }),
        CONTEXT,
      ),
    ).toEqual([]);
    expect(
      validateSection(
        'guardian',
        withGuardian({ applicantRole: 'father', otherParent: { name: ' ' } }),
        CONTEXT,
      ),
    ).toEqual([]);
  });

  it('accepts a complete other parent with or without a mobile', () => {
    const guardian = { applicantRole: 'father' as const, otherParent: MOTHER };
    expect(validateSection('guardian', withGuardian(guardian), CONTEXT)).toEqual([]);
  });

  it('requires a name and an ID type once the other parent is started', () => {
    const guardian = { applicantRole: 'father' as const, otherParent: { mobile: '13800000000' } };
    expect(validateSection('guardian', withGuardian(guardian), CONTEXT)).toEqual([
      { field: 'guardian.otherParent.name', code: 'required' },
      { field: 'guardian.otherParent.idType', code: 'required' },
    ]);
  });

  it('refuses the child’s or the applicant’s ID as the other parent’s', () => {
    const asChild = {
      applicantRole: 'father' as const,
      otherParent: { ...MOTHER, idNumber: CHILD_ID },
    };
    const asApplicant = {
      applicantRole: 'father' as const,
      otherParent: { ...MOTHER, idNumber: APPLICANT.idNumber.toLowerCase() },
    };
    expect(validateSection('guardian', withGuardian(asChild), CONTEXT)).toEqual([
      { field: 'guardian.otherParent.idNumber', code: 'same-as-child' },
    ]);
    expect(validateSection('guardian', withGuardian(asApplicant), CONTEXT)).toEqual([
      { field: 'guardian.otherParent.idNumber', code: 'same-as-applicant' },
    ]);
  });

  it('checks an optional mobile only when given', () => {
    const guardian = {
      applicantRole: 'father' as const,
      otherParent: { ...MOTHER, mobile: '1380000' },
    };
    expect(validateSection('guardian', withGuardian(guardian), CONTEXT)).toEqual([
      { field: 'guardian.otherParent.mobile', code: 'format' },
    ]);
  });
});
