import {
  nextStep,
  previousStep,
  SECTION_IDS,
  sectionFields,
  sectionOfField,
  sectionSteps,
  stepOfField,
} from './journey';

describe('SECTION_IDS', () => {
  it('lists the task list in order', () => {
    expect(SECTION_IDS).toEqual([
      'child',
      'guardian',
      'household',
      'residence',
      'migrant',
      'school',
      'materials',
    ]);
  });
});

describe('sectionSteps', () => {
  it('does not ask sex and birth date for a resident ID: the ID tells them', () => {
    const steps = sectionSteps('child', { child: { idType: 'resident-id' } });
    expect(steps.flat()).not.toContain('child.sex');
    expect(steps.flat()).not.toContain('child.birthDate');
  });

  it('asks sex and birth date on their own screen for a home-return permit', () => {
    expect(sectionSteps('child', { child: { idType: 'home-return-permit' } })).toEqual([
      ['child.name', 'child.idType', 'child.idNumber'],
      ['child.sex', 'child.birthDate'],
      ['child.ethnicity', 'child.contactMobile'],
    ]);
  });

  it('asks only the kind of home until it is answered', () => {
    expect(sectionSteps('residence', {})).toEqual([['residence.kind']]);
  });

  it('asks the certificate, owner and address for an owned home', () => {
    expect(sectionFields('residence', { residence: { kind: 'owned' } })).toEqual([
      'residence.kind',
      'residence.certificateType',
      'residence.certificateNumber',
      'residence.owner',
      'residence.ownerName',
      'residence.sharePercent',
      'residence.address',
    ]);
  });

  it('asks only the address for a rented home', () => {
    expect(sectionFields('residence', { residence: { kind: 'rented' } })).toEqual([
      'residence.kind',
      'residence.address',
    ]);
  });

  it('asks no questions on the materials page', () => {
    expect(sectionSteps('materials', {})).toEqual([]);
  });
});

describe('nextStep and previousStep', () => {
  it('moves through the child section and ends after the last step', () => {
    const draft = { child: { idType: 'resident-id' as const } };
    expect(nextStep('child', 0, draft)).toBe(1);
    expect(nextStep('child', 1, draft)).toBeNull();
  });

  it('adds the owned-home steps once the kind is answered', () => {
    expect(nextStep('residence', 0, {})).toBeNull();
    expect(nextStep('residence', 0, { residence: { kind: 'owned' } })).toBe(1);
  });

  it('goes back one step and stops at the first', () => {
    const draft = { residence: { kind: 'owned' as const } };
    expect(previousStep('residence', 2, draft)).toBe(1);
    expect(previousStep('residence', 0, draft)).toBeNull();
  });

  it('goes back to the last existing step when steps disappeared', () => {
    expect(previousStep('residence', 3, { residence: { kind: 'rented' } })).toBe(1);
  });
});

describe('sectionOfField and stepOfField', () => {
  it('finds the section and screen of a field', () => {
    expect(sectionOfField('guardian.otherParent.idNumber')).toBe('guardian');
    expect(sectionOfField('schoolId')).toBe('school');
    expect(stepOfField('residence.address', { residence: { kind: 'owned' } })).toBe(3);
  });

  it('says a field is not asked when the answers skip it', () => {
    expect(stepOfField('child.sex', { child: { idType: 'resident-id' } })).toBeNull();
  });
});
