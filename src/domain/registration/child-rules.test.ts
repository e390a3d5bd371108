import type { EnrollmentDraft } from './draft';
import { APPLICANT, CHILD_ID, completeDraft, CONTEXT, withCheckDigit } from './test-support';
import { validateField, validateStep } from './validate';

function withChild(changes: NonNullable<EnrollmentDraft['child']>): EnrollmentDraft {
  const draft = completeDraft();
  return { ...draft, child: { ...draft.child, ...changes } };
}

describe('child rules', () => {
  it('accepts the complete child answers', () => {
    expect(validateStep('child', 0, completeDraft(), CONTEXT)).toEqual([]);
    expect(validateStep('child', 1, completeDraft(), CONTEXT)).toEqual([]);
  });

  it('reports every empty question of a step in form order', () => {
    expect(validateStep('child', 0, {}, CONTEXT)).toEqual([
      { field: 'child.name', code: 'required' },
      { field: 'child.idType', code: 'required' },
      { field: 'child.idNumber', code: 'required' },
    ]);
  });

  it('leaves a typed number unjudged until the document type is chosen', () => {
    expect(
      validateStep('child', 0, { child: { name: '李小明', idNumber: '123' } }, CONTEXT),
    ).toEqual([{ field: 'child.idType', code: 'required' }]);
  });

  it('passes the identity module codes through for the ID number', () => {
    const bad = CHILD_ID.slice(0, 17) + (CHILD_ID.endsWith('0') ? '1' : '0');
    expect(validateField('child.idNumber', withChild({ idNumber: bad }), CONTEXT)).toEqual({
      field: 'child.idNumber',
      code: 'checksum',
    });
    expect(validateField('child.idNumber', withChild({ idNumber: '3701' }), CONTEXT)?.code).toBe(
      'length',
    );
    expect(validateField('child.idNumber', withChild({ idNumber: '' }), CONTEXT)?.code).toBe(
      'required',
    );
  });

  it('judges the number by the chosen document type', () => {
    const draft = withChild({ idType: 'home-return-permit', idNumber: CHILD_ID });
    expect(validateField('child.idNumber', draft, CONTEXT)?.code).toBe('length');
  });

  it('refuses the applicant’s own ID number as the child’s', () => {
    const draft = withChild({ idNumber: APPLICANT.idNumber });
    expect(validateField('child.idNumber', draft, CONTEXT)?.code).toBe('same-as-applicant');
  });

  it('reports an ineligible birth date encoded in a resident ID on the ID number', () => {
    const tooYoung = withCheckDigit('37010220161012001');
    const tooOld = withCheckDigit('37010220150831001');
    expect(validateField('child.idNumber', withChild({ idNumber: tooYoung }), CONTEXT)?.code).toBe(
      'too-young',
    );
    expect(validateField('child.idNumber', withChild({ idNumber: tooOld }), CONTEXT)?.code).toBe(
      'too-old',
    );
  });

  it('ignores a typed birth date that disagrees with the ID: the ID wins', () => {
    const draft = withChild({ birthDate: '2014-01-01', sex: 'female' });
    expect(validateStep('child', 0, draft, CONTEXT)).toEqual([]);
  });

  it('checks a typed birth date for permits: format, future, eligibility', () => {
    const permit = { idType: 'taiwan-permit' as const, idNumber: '12345678', sex: 'male' as const };
    const at = (birthDate: string) =>
      validateField('child.birthDate', withChild({ ...permit, birthDate }), CONTEXT)?.code;
    expect(at('')).toBe('required');
    expect(at('2016-02-30')).toBe('format');
    expect(at('2022-07-02')).toBe('future-date');
    expect(at('2016-09-01')).toBe('too-young');
    expect(at('2016-08-31')).toBeUndefined();
  });

  it('asks sex for permits and refuses an unknown value', () => {
    const permit = { idType: 'taiwan-permit' as const, idNumber: '12345678' };
    expect(validateField('child.sex', withChild(permit), CONTEXT)?.code).toBe('required');
  });

  it('allows a Latin name only for permit holders', () => {
    expect(validateField('child.name', withChild({ name: 'Chan Tai Man' }), CONTEXT)?.code).toBe(
      'characters',
    );
    const permit = withChild({
      name: 'Chan Tai Man',
      idType: 'home-return-permit',
      idNumber: 'H12345678',
    });
    expect(validateField('child.name', permit, CONTEXT)).toBeNull();
  });

  it('refuses an ethnicity that is not a GB/T 3304 code', () => {
    expect(validateField('child.ethnicity', withChild({ ethnicity: '汉族' }), CONTEXT)?.code).toBe(
      'invalid-choice',
    );
  });

  it('checks the contact mobile (FAQ 3)', () => {
    expect(
      validateField('child.contactMobile', withChild({ contactMobile: '12345' }), CONTEXT)?.code,
    ).toBe('format');
    expect(
      validateField('child.contactMobile', withChild({ contactMobile: '' }), CONTEXT)?.code,
    ).toBe('required');
  });

  it('refuses an ID type the form does not offer (stale data)', () => {
    const draft = { child: { idType: 'passport' } } as unknown as EnrollmentDraft;
    expect(validateField('child.idType', draft, CONTEXT)?.code).toBe('invalid-choice');
  });
});
