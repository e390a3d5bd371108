import type { EnrollmentDraft } from './draft';
import { completeDraft, CONTEXT, HOME } from './test-support';
import { validateField, validateSection } from './validate';

function withHousehold(changes: NonNullable<EnrollmentDraft['household']>): EnrollmentDraft {
  const draft = completeDraft();
  return { ...draft, household: { ...draft.household, ...changes } };
}

function withHome(changes: NonNullable<EnrollmentDraft['residence']>): EnrollmentDraft {
  const draft = completeDraft();
  return { ...draft, residence: { ...draft.residence, ...changes } };
}

describe('household rules', () => {
  it('accepts the complete household answers', () => {
    expect(validateSection('household', completeDraft(), CONTEXT)).toEqual([]);
  });

  it('reports every missing household answer in form order', () => {
    expect(validateSection('household', { household: {} }, CONTEXT)).toEqual([
      { field: 'household.head', code: 'required' },
      { field: 'household.headName', code: 'required' },
      { field: 'household.address', code: 'required' },
      { field: 'household.inDowntown', code: 'required' },
    ]);
  });

  it('refuses a downtown household whose address names no downtown place', () => {
    const draft = withHousehold({ address: '青岛市市南区香港中路1号' });
    expect(validateField('household.address', draft, CONTEXT)?.code).toBe('not-downtown');
  });

  it('accepts that address for a household outside downtown', () => {
    const draft = withHousehold({ address: '青岛市市南区香港中路1号', inDowntown: false });
    expect(validateField('household.address', draft, CONTEXT)).toBeNull();
  });

  it('keeps the household head’s name in Chinese characters', () => {
    expect(
      validateField('household.headName', withHousehold({ headName: 'Li Ming' }), CONTEXT)?.code,
    ).toBe('characters');
  });
});

describe('residence rules', () => {
  it('accepts the complete owned home', () => {
    expect(validateSection('residence', completeDraft(), CONTEXT)).toEqual([]);
  });

  it('checks the certificate number by its type', () => {
    const draft = withHome({ certificateType: 'house-ownership-certificate' });
    expect(validateField('residence.certificateNumber', draft, CONTEXT)?.code).toBe('format');
  });

  it('accepts a share from 1 to 100 percent', () => {
    const at = (sharePercent: number) =>
      validateField('residence.sharePercent', withHome({ sharePercent }), CONTEXT)?.code;
    expect(at(0.5)).toBe('range');
    expect(at(1)).toBeUndefined();
    expect(at(50.5)).toBeUndefined();
    expect(at(100)).toBeUndefined();
    expect(at(101)).toBe('range');
    expect(at(Number.NaN)).toBe('format');
  });

  it('ignores owned-home answers once the home is rented', () => {
    const draft = withHome({ kind: 'rented', certificateNumber: 'bad', sharePercent: 0 });
    expect(validateSection('residence', draft, CONTEXT)).toEqual([]);
  });

  it('asks the address of a rented home', () => {
    expect(validateSection('residence', { residence: { kind: 'other' } }, CONTEXT)).toEqual([
      { field: 'residence.address', code: 'required' },
    ]);
  });

  it('allows a Latin owner name', () => {
    expect(
      validateField('residence.ownerName', withHome({ ownerName: 'John Smith' }), CONTEXT),
    ).toBeNull();
  });

  it('refuses an owner relation the form does not offer', () => {
    const draft = {
      residence: { kind: 'owned', owner: 'uncle', address: HOME },
    } as unknown as EnrollmentDraft;
    expect(validateField('residence.owner', draft, CONTEXT)?.code).toBe('invalid-choice');
  });
});

describe('school rule', () => {
  it('requires a school once asked', () => {
    expect(validateSection('school', { ...completeDraft(), schoolId: ' ' }, CONTEXT)).toEqual([
      { field: 'schoolId', code: 'required' },
    ]);
  });
});
