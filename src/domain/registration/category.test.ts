import { deriveCategory, migrantSectionNeed } from './category';
import type { EnrollmentDraft } from './draft';
import { completeDraft, HOME, OTHER_HOME } from './test-support';

function withHome(changes: NonNullable<EnrollmentDraft['residence']>): EnrollmentDraft {
  const draft = completeDraft();
  return { ...draft, residence: { ...draft.residence, ...changes } };
}

describe('deriveCategory', () => {
  it('is household-property-match when the head owns the home at the household address', () => {
    expect(deriveCategory(completeDraft())).toBe('household-property-match');
  });

  it('matches addresses written differently (spaces, full width, 山东省)', () => {
    expect(deriveCategory(withHome({ address: `山东省${HOME.replace('100', '１００ ')}` }))).toBe(
      'household-property-match',
    );
  });

  it('is a match when a parent who is not the head owns the home (FAQ 11 case 1)', () => {
    const draft = completeDraft();
    const household = { ...draft.household, head: 'mother' as const, headName: '王芳' };
    expect(deriveCategory({ ...draft, household })).toBe('household-property-match');
  });

  it('is household-property-differ when the home is at another address', () => {
    expect(deriveCategory(withHome({ address: OTHER_HOME }))).toBe('household-property-differ');
  });

  it('is household-property-differ when a grandparent who is not the head owns it', () => {
    expect(deriveCategory(withHome({ owner: 'paternal-grandmother', ownerName: '李桂兰' }))).toBe(
      'household-property-differ',
    );
  });

  it('is a match when the grandparent owner is the household head at that address', () => {
    const draft = withHome({ owner: 'paternal-grandmother', ownerName: '李桂兰' });
    const household = { ...draft.household, head: 'paternal-grandmother' as const };
    expect(deriveCategory({ ...draft, household })).toBe('household-property-match');
  });

  it('compares names when both owner and head are "other"', () => {
    const draft = withHome({ owner: 'other', ownerName: '张三' });
    const same = { ...draft.household, head: 'other' as const, headName: '张三' };
    const different = { ...same, headName: '张四' };
    expect(deriveCategory({ ...draft, household: same })).toBe('household-property-match');
    expect(deriveCategory({ ...draft, household: different })).toBe('household-property-differ');
  });

  it('is household-property-differ for a rented home', () => {
    expect(
      deriveCategory({ ...completeDraft(), residence: { kind: 'rented', address: HOME } }),
    ).toBe('household-property-differ');
  });

  it('is migrant-worker for a household outside downtown, whatever the home', () => {
    const draft = completeDraft();
    expect(deriveCategory({ ...draft, household: { inDowntown: false } })).toBe('migrant-worker');
  });

  it('is null until the household and home answers decide it', () => {
    expect(deriveCategory({})).toBeNull();
    expect(deriveCategory({ household: { inDowntown: true } })).toBeNull();
    expect(
      deriveCategory({ household: { inDowntown: true }, residence: { kind: 'owned' } }),
    ).toBeNull();
  });
});

describe('migrantSectionNeed', () => {
  it('follows the household answer and is unknown before it', () => {
    expect(migrantSectionNeed({})).toBe('unknown');
    expect(migrantSectionNeed({ household: { inDowntown: false } })).toBe('needed');
    expect(migrantSectionNeed({ household: { inDowntown: true } })).toBe('not-needed');
  });
});
