import { FIELD_PATHS } from './field-paths';
import { correctionDocument } from './correction-documents';

describe('correctionDocument', () => {
  it('asks for the household register when a household answer is wrong', () => {
    expect(correctionDocument('household.address')).toBe('household-register');
    expect(correctionDocument('household.head')).toBe('household-register');
  });

  it('asks for the property certificate when a home answer is wrong', () => {
    expect(correctionDocument('residence.ownerName')).toBe('property-certificate');
  });

  it('names the migrant document that proves each migrant answer', () => {
    expect(correctionDocument('migrant.residencePermitNumber')).toBe('residence-permit');
    expect(correctionDocument('migrant.employerOrLicence')).toBe('employment-or-licence');
    expect(correctionDocument('migrant.socialInsuranceMonths')).toBe('social-insurance-record');
  });

  it('has a named document for every answer', () => {
    for (const field of FIELD_PATHS) expect(correctionDocument(field)).toEqual(expect.any(String));
    expect(correctionDocument('child.name')).toBe('child-identity');
  });
});
