import type { EnrollmentDraft } from './draft';
import { requiredMaterials } from './materials';
import { check, completeDraft, HOME, materialIds, withFamily } from './test-support';

describe('requiredMaterials', () => {
  it('asks for the household register and property certificate when nothing verified', () => {
    expect(requiredMaterials(completeDraft(), [], [])).toEqual([
      { id: 'household-register', anyOf: ['household-register'], reason: 'household-not-verified' },
      {
        id: 'property-certificate',
        anyOf: ['property-certificate'],
        reason: 'property-not-verified',
      },
    ]);
  });

  it('asks for nothing the departments verified (FAQ 5)', () => {
    expect(materialIds(completeDraft())).toEqual([]);
  });

  it('still asks when a check is only pending or not found (FAQ 6)', () => {
    expect(
      materialIds(completeDraft(), [check('household', 'pending'), check('property', 'not-found')]),
    ).toEqual(['household-register', 'property-certificate']);
  });

  it('asks for the purchase contract instead of a certificate when that is the document', () => {
    expect(materialIds(withFamily({}, { certificateType: 'purchase-contract' }), [])).toEqual([
      'household-register',
      'purchase-contract',
    ]);
  });

  it('asks for a rental contract for a rented or other home, whatever verified', () => {
    expect(materialIds(withFamily({}, { kind: 'rented' }))).toEqual(['rental-contract']);
    expect(materialIds(withFamily({}, { kind: 'other' }))).toEqual(['rental-contract']);
  });

  it('asks the migrant papers a department did not verify (FAQ 10)', () => {
    const draft: EnrollmentDraft = {
      household: { head: 'father', address: '河南省郑州市金水区花园路1号', inDowntown: false },
      residence: { kind: 'rented', address: HOME },
      migrant: { livelihood: 'self-employed' },
    };
    expect(materialIds(draft, [])).toEqual([
      'household-register',
      'rental-contract',
      'residence-permit',
      'business-licence',
      'social-insurance-record',
    ]);
    const checks = [
      check('residence-permit'),
      check('business-licence'),
      check('social-insurance'),
    ];
    expect(materialIds(draft, checks)).toEqual(['household-register', 'rental-contract']);
  });

  it('always asks an employee for an employment proof: no department verifies it', () => {
    const draft: EnrollmentDraft = {
      household: { inDowntown: false },
      migrant: { livelihood: 'employed' },
    };
    const checks = [check('household'), check('residence-permit'), check('social-insurance')];
    expect(materialIds(draft, checks)).toEqual(['employment-proof']);
  });

  it('ignores stale migrant answers for a downtown household', () => {
    expect(materialIds({ ...completeDraft(), migrant: { livelihood: 'employed' } })).toEqual([]);
  });

  it('asks correction evidence for each disputed backfilled field, in form order', () => {
    const checks = [
      check('household', 'verified', { 'household.address': HOME, 'household.headName': '李明轩' }),
      check('property'),
    ];
    expect(
      requiredMaterials(completeDraft(), checks, [
        'household.address',
        'household.headName',
        'household.address',
      ]),
    ).toEqual([
      {
        id: 'correction:household.headName',
        anyOf: ['correction-evidence'],
        reason: 'disputed-field',
      },
      {
        id: 'correction:household.address',
        anyOf: ['correction-evidence'],
        reason: 'disputed-field',
      },
    ]);
  });

  it('asks no correction for a disputed field that verification did not fill', () => {
    expect(
      materialIds(
        completeDraft(),
        [check('household'), check('property')],
        ['household.address', 'bogus'],
      ),
    ).toEqual([]);
  });
});
