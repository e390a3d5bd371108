import { applyVerification } from './backfill';
import { check, completeDraft, HOME } from './test-support';

describe('applyVerification', () => {
  it('fills verified values, converting wire strings, and marks their source (FAQ 5)', () => {
    const checks = [
      check('household', 'verified', { 'household.address': HOME, 'household.inDowntown': 'true' }),
      check('property', 'verified', {
        'residence.sharePercent': '50',
        'residence.owner': 'father',
      }),
    ];
    const { draft, backfilled } = applyVerification({}, checks, []);
    expect(draft).toEqual({
      household: { address: HOME, inDowntown: true },
      residence: { sharePercent: 50, owner: 'father' },
    });
    expect(backfilled).toEqual({
      'household.address': { source: 'household', recordDate: '2022-06-01' },
      'household.inDowntown': { source: 'household', recordDate: '2022-06-01' },
      'residence.sharePercent': { source: 'property', recordDate: '2022-06-01' },
      'residence.owner': { source: 'property', recordDate: '2022-06-01' },
    });
  });

  it('presets the ethnicity from the household record when the gateway gives it (issue 14)', () => {
    const checks = [check('household', 'verified', { 'child.ethnicity': '03' })];
    const { draft, backfilled } = applyVerification({}, checks, []);
    expect(draft.child?.ethnicity).toBe('03');
    expect(backfilled['child.ethnicity']).toEqual({
      source: 'household',
      recordDate: '2022-06-01',
    });
  });

  it('leaves the ethnicity to the parent when the record gives a code GB/T 3304 does not have', () => {
    const checks = [check('household', 'verified', { 'child.ethnicity': '汉' })];
    expect(applyVerification({}, checks, []).backfilled['child.ethnicity']).toBeUndefined();
  });

  it('replaces what the parent typed with the verified value', () => {
    const checks = [check('household', 'verified', { 'household.headName': '李明轩' })];
    const typed = { household: { headName: '李明宣' } };
    expect(applyVerification(typed, checks, []).draft.household?.headName).toBe('李明轩');
  });

  it('keeps the parent’s value for a disputed field and leaves it manual', () => {
    const checks = [
      check('household', 'verified', { 'household.address': HOME, 'household.head': 'father' }),
    ];
    const typed = { household: { address: '济南市历下区新地址1号' } };
    const result = applyVerification(typed, checks, ['household.address']);
    expect(result.draft.household).toEqual({ address: '济南市历下区新地址1号', head: 'father' });
    expect(Object.keys(result.backfilled)).toEqual(['household.head']);
  });

  it('leaves fields manual for pending, not-found and failed checks (FAQ 6)', () => {
    const values = { 'household.address': HOME };
    const checks = [
      check('household', 'pending', values),
      check('property', 'not-found', values),
      check('birth-certificate', 'failed', values),
    ];
    const draft = completeDraft();
    const result = applyVerification(draft, checks, []);
    expect(result.draft).toBe(draft);
    expect(result.backfilled).toEqual({});
  });

  it('skips unknown paths and values that cannot be converted', () => {
    const checks = [
      check('property', 'verified', {
        'residence.ownerIdNumber': 'x',
        'residence.sharePercent': 'half',
        'household.inDowntown': 'yes',
        'residence.owner': 'uncle',
      }),
    ];
    expect(applyVerification({}, checks, [])).toEqual({ draft: {}, backfilled: {} });
  });

  it('does not change the draft it was given', () => {
    const draft = completeDraft();
    const before = JSON.stringify(draft);
    applyVerification(
      draft,
      [check('household', 'verified', { 'household.headName': '王芳' })],
      [],
    );
    expect(JSON.stringify(draft)).toBe(before);
  });
});
