import { toEnrollmentAnswers } from './answers';
import { completeDraft, CONTEXT, MOTHER_ID } from './test-support';

describe('toEnrollmentAnswers', () => {
  it('builds the submit answers with the facts derived from the ID', () => {
    const answers = toEnrollmentAnswers(completeDraft(), CONTEXT);
    expect(answers?.child).toMatchObject({ sex: 'male', birthDate: '2016-03-15' });
    expect(answers?.migrant).toBeNull();
    expect(answers?.guardian.otherParent).toBeNull();
  });

  it('normalises what the parent typed', () => {
    const draft = completeDraft();
    const answers = toEnrollmentAnswers(
      {
        ...draft,
        child: { ...draft.child, name: ' 李 小明 ', contactMobile: '139 0000 0001' },
        residence: { ...draft.residence, certificateNumber: '鲁（2021）济南市不动产权第0123456号' },
        guardian: {
          applicantRole: 'father',
          otherParent: { name: '王芳', idType: 'resident-id', idNumber: MOTHER_ID.toLowerCase() },
        },
      },
      CONTEXT,
    );
    expect(answers?.child.name).toBe('李小明');
    expect(answers?.child.contactMobile).toBe('13900000001');
    expect(answers?.residence).toMatchObject({
      certificateNumber: '鲁(2021)济南市不动产权第0123456号',
    });
    expect(answers?.guardian.otherParent).toEqual({
      name: '王芳',
      idType: 'resident-id',
      idNumber: MOTHER_ID,
      mobile: '',
    });
  });

  it('keeps only the address of a rented home', () => {
    const draft = completeDraft();
    const answers = toEnrollmentAnswers(
      { ...draft, residence: { ...draft.residence, kind: 'rented' } },
      CONTEXT,
    );
    expect(answers?.residence).toEqual({ kind: 'rented', address: draft.residence?.address });
  });

  it('refuses while any rule fails', () => {
    expect(toEnrollmentAnswers({ ...completeDraft(), schoolId: undefined }, CONTEXT)).toBeNull();
  });
});
