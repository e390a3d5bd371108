import type { EnrollmentDraft } from './draft';
import { checkResidencePermitNumber } from './migrant-rules';
import { completeDraft, CONTEXT } from './test-support';
import { validateField, validateSection } from './validate';

const LICENCE = '91350100M000100Y43';

function migrant(answers: NonNullable<EnrollmentDraft['migrant']>): EnrollmentDraft {
  const draft = completeDraft();
  return {
    ...draft,
    household: { ...draft.household, address: '河南省郑州市金水区花园路1号', inDowntown: false },
    residence: { kind: 'rented', address: '济南市槐荫区经七路300号3号楼' },
    migrant: answers,
  };
}

const EMPLOYED = {
  residencePermitNumber: 'SD370102001234',
  livelihood: 'employed' as const,
  employerOrLicence: '济南某某商贸有限公司',
  socialInsuranceMonths: 24,
};

describe('checkResidencePermitNumber (assumed SD or 37 prefix, 10-20 characters)', () => {
  it('accepts both prefixes, lower case and spaces', () => {
    expect(checkResidencePermitNumber('sd 370102 001234')).toBeNull();
    expect(checkResidencePermitNumber('3701020012')).toBeNull();
  });

  it('refuses other prefixes, letters after the prefix and wrong lengths', () => {
    expect(checkResidencePermitNumber('BJ370102001234')).toBe('format');
    expect(checkResidencePermitNumber('SD3701020012A4')).toBe('format');
    expect(checkResidencePermitNumber('SD1234567')).toBe('length');
    expect(checkResidencePermitNumber(`37${'1'.repeat(19)}`)).toBe('length');
    expect(checkResidencePermitNumber('')).toBe('required');
  });
});

describe('migrant rules', () => {
  it('accepts a complete employed parent', () => {
    expect(validateSection('migrant', migrant(EMPLOYED), CONTEXT)).toEqual([]);
  });

  it('asks nothing of a downtown household, even with stale migrant answers', () => {
    expect(
      validateSection(
        'migrant',
        { ...completeDraft(), migrant: { livelihood: 'employed' } },
        CONTEXT,
      ),
    ).toEqual([]);
  });

  it('checks a self-employed parent’s licence code (GB 32100)', () => {
    const draft = (employerOrLicence: string) =>
      migrant({ ...EMPLOYED, livelihood: 'self-employed', employerOrLicence });
    expect(validateField('migrant.employerOrLicence', draft(LICENCE), CONTEXT)).toBeNull();
    expect(
      validateField('migrant.employerOrLicence', draft('91350100M000100Y44'), CONTEXT)?.code,
    ).toBe('checksum');
    expect(
      validateField('migrant.employerOrLicence', draft('济南某某商贸有限公司'), CONTEXT)?.code,
    ).toBe('length');
  });

  it('asks an employee for an employer name of 2 to 60 characters', () => {
    const draft = (employerOrLicence: string) => migrant({ ...EMPLOYED, employerOrLicence });
    expect(validateField('migrant.employerOrLicence', draft('某'), CONTEXT)?.code).toBe('length');
    expect(validateField('migrant.employerOrLicence', draft('某'.repeat(61)), CONTEXT)?.code).toBe(
      'length',
    );
  });

  it('accepts 0 to 600 whole months of social insurance', () => {
    const at = (socialInsuranceMonths: number) =>
      validateField(
        'migrant.socialInsuranceMonths',
        migrant({ ...EMPLOYED, socialInsuranceMonths }),
        CONTEXT,
      )?.code;
    expect(at(0)).toBeUndefined();
    expect(at(600)).toBeUndefined();
    expect(at(601)).toBe('range');
    expect(at(-1)).toBe('range');
    expect(at(1.5)).toBe('not-whole-number');
  });

  it('reports every missing answer in form order', () => {
    expect(validateSection('migrant', migrant({}), CONTEXT).map((p) => p.field)).toEqual([
      'migrant.residencePermitNumber',
      'migrant.livelihood',
      'migrant.employerOrLicence',
      'migrant.socialInsuranceMonths',
    ]);
  });
});
