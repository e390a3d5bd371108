import { completeDraft, CONTEXT, withCheckDigit } from './test-support';
import { validateAll, validateStep } from './validate';

describe('validateAll', () => {
  it('finds nothing wrong in a complete draft', () => {
    expect(validateAll(completeDraft(), CONTEXT)).toEqual([]);
  });

  it('lists problems across sections in form order', () => {
    const draft = completeDraft();
    const problems = validateAll(
      { ...draft, schoolId: undefined, child: { ...draft.child, name: '' } },
      CONTEXT,
    );
    expect(problems).toEqual([
      { field: 'child.name', code: 'required' },
      { field: 'schoolId', code: 'required' },
    ]);
  });

  it('includes the migrant questions for a household outside downtown', () => {
    const draft = completeDraft();
    const problems = validateAll(
      { ...draft, household: { ...draft.household, inDowntown: false } },
      CONTEXT,
    );
    expect(problems.map((p) => p.field)).toContain('migrant.residencePermitNumber');
  });

  it('reports an ineligible child so the draft cannot be submitted', () => {
    const draft = completeDraft();
    const child = { ...draft.child, idNumber: withCheckDigit('37010220161012001') };
    expect(validateAll({ ...draft, child }, CONTEXT)).toEqual([
      { field: 'child.idNumber', code: 'too-young' },
    ]);
  });
});

describe('validateStep', () => {
  it('checks only the questions of that screen', () => {
    expect(validateStep('household', 1, { household: { head: 'father' } }, CONTEXT)).toEqual([
      { field: 'household.address', code: 'required' },
      { field: 'household.inDowntown', code: 'required' },
    ]);
  });

  it('finds nothing on a step that does not exist', () => {
    expect(validateStep('school', 5, {}, CONTEXT)).toEqual([]);
  });
});
