/**
 * Which document proves the right value of a backfilled answer the parent marks as wrong (FAQ 5:
 * a disputed value needs a supporting photo). Named so the parent knows, at the moment of saying
 * "this is wrong", what to photograph, instead of a vague "correction evidence".
 */
import type { FieldPath } from './field-paths';

export type CorrectionDocument =
  | 'child-identity'
  | 'parent-identity'
  | 'household-register'
  | 'property-certificate'
  | 'residence-permit'
  | 'employment-or-licence'
  | 'social-insurance-record'
  | 'student-status-proof'
  | 'other-proof';

const BY_SECTION: Record<string, CorrectionDocument> = {
  child: 'child-identity',
  guardian: 'parent-identity',
  household: 'household-register',
  residence: 'property-certificate',
  student: 'student-status-proof',
};

const BY_FIELD: Partial<Record<FieldPath, CorrectionDocument>> = {
  'migrant.residencePermitNumber': 'residence-permit',
  'migrant.livelihood': 'employment-or-licence',
  'migrant.employerOrLicence': 'employment-or-licence',
  'migrant.socialInsuranceMonths': 'social-insurance-record',
};

/** The document that proves the right value of `field`. */
export function correctionDocument(field: FieldPath): CorrectionDocument {
  const section = field.split('.')[0] ?? '';
  return BY_FIELD[field] ?? BY_SECTION[section] ?? 'other-proof';
}
