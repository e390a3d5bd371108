import { requiredMaterials } from './materials';
import { check, HOME, materialIds, OTHER_HOME, withFamily } from './test-support';

describe('requiredMaterials: kinship (FAQ 11 cases 1 and 2)', () => {
  it('asks a birth medical or marriage certificate when the father owns and the mother is head (FAQ 11 case 1)', () => {
    const draft = withFamily({ head: 'mother', headName: '王芳' }, {});
    expect(requiredMaterials(draft, [check('household'), check('property')], [])).toEqual([
      {
        id: 'parent-relationship',
        anyOf: ['birth-medical-certificate', 'marriage-certificate'],
        reason: 'owner-parent-not-in-household',
      },
    ]);
  });

  it('applies case 1 the other way round and when the head is the other parent’s parent', () => {
    expect(materialIds(withFamily({ head: 'father' }, { owner: 'mother' }))).toEqual([
      'parent-relationship',
    ]);
    expect(materialIds(withFamily({ head: 'maternal-grandfather' }, { owner: 'father' }))).toEqual([
      'parent-relationship',
    ]);
    expect(materialIds(withFamily({ head: 'paternal-grandfather' }, { owner: 'father' }))).toEqual(
      [],
    );
  });

  it('drops case 1 once the birth certificate verified', () => {
    const checks = [check('household'), check('property'), check('birth-certificate')];
    expect(materialIds(withFamily({ head: 'mother' }, {}), checks)).toEqual([]);
  });

  it('asks kinship papers when the paternal grandmother owns and the father is registered elsewhere (FAQ 11 case 2)', () => {
    const draft = withFamily(
      { head: 'father', address: OTHER_HOME },
      { owner: 'paternal-grandmother' },
    );
    expect(
      requiredMaterials(
        draft,
        [check('household'), check('property'), check('birth-certificate')],
        [],
      ),
    ).toEqual([
      {
        id: 'grandparent-relationship',
        anyOf: [
          'father-birth-certificate',
          'one-child-certificate',
          'household-index-page',
          'police-kinship-certificate',
        ],
        reason: 'owner-grandparent-household-elsewhere',
      },
    ]);
  });

  it('asks no kinship papers when the father’s line is registered at the grandparent’s home', () => {
    expect(
      materialIds(withFamily({ head: 'father', address: HOME }, { owner: 'paternal-grandmother' })),
    ).toEqual([]);
    expect(
      materialIds(withFamily({ head: 'paternal-grandmother' }, { owner: 'paternal-grandmother' })),
    ).toEqual([]);
  });

  it('asks the maternal-line papers, without the father’s birth certificate, for a maternal grandparent', () => {
    const draft = withFamily({ head: 'father' }, { owner: 'maternal-grandfather' });
    expect(requiredMaterials(draft, [check('household'), check('property')], [])[0]?.anyOf).toEqual(
      ['one-child-certificate', 'household-index-page', 'police-kinship-certificate'],
    );
  });
});
