import { deriveFromId, idTypeAsksFacts, withDerivedFacts } from './derived-facts';
import { CHILD_ID, TODAY, withCheckDigit } from './test-support';

describe('idTypeAsksFacts', () => {
  it('asks sex and birth date only for travel permits', () => {
    expect(idTypeAsksFacts('resident-id')).toBe(false);
    expect(idTypeAsksFacts('hmt-residence-permit')).toBe(false);
    expect(idTypeAsksFacts('home-return-permit')).toBe(true);
    expect(idTypeAsksFacts('taiwan-permit')).toBe(true);
    expect(idTypeAsksFacts(undefined)).toBe(false);
  });
});

describe('deriveFromId', () => {
  it('reads sex and birth date from a resident ID', () => {
    expect(deriveFromId('resident-id', CHILD_ID, TODAY)).toEqual({
      sex: 'male',
      birthDate: '2016-03-15',
    });
  });

  it('reads them from a Hong Kong residence permit too', () => {
    const permit = withCheckDigit('81000020151120002');
    expect(deriveFromId('hmt-residence-permit', permit, TODAY)).toEqual({
      sex: 'female',
      birthDate: '2015-11-20',
    });
  });

  it('derives nothing from an invalid number or a travel permit', () => {
    expect(deriveFromId('resident-id', CHILD_ID.slice(0, 17) + '0', TODAY)).toBeNull();
    expect(deriveFromId('home-return-permit', 'H12345678', TODAY)).toBeNull();
  });
});

describe('withDerivedFacts', () => {
  it('lets the ID win over a sex and birth date the parent typed', () => {
    const draft = {
      child: {
        idType: 'resident-id' as const,
        idNumber: CHILD_ID,
        sex: 'female' as const,
        birthDate: '2016-01-01',
      },
    };
    expect(withDerivedFacts(draft, TODAY).child).toMatchObject({
      sex: 'male',
      birthDate: '2016-03-15',
    });
  });

  it('keeps typed facts for a travel permit', () => {
    const draft = {
      child: { idType: 'taiwan-permit' as const, idNumber: '12345678', sex: 'female' as const },
    };
    expect(withDerivedFacts(draft, TODAY)).toBe(draft);
  });
});
