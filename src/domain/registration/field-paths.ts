/**
 * Every answer of both forms has a path, in form order ('student.*' and 'transfer.*' are asked
 * by the transfer journey only). Problems, backfill marks,
 * disputed fields and correction materials all name answers by these paths.
 */

export const FIELD_PATHS = [
  'child.name',
  'child.idType',
  'child.idNumber',
  'child.sex',
  'child.birthDate',
  'child.ethnicity',
  'child.contactMobile',
  'student.currentSchool',
  'student.currentDistrict',
  'student.currentGrade',
  'student.statusNumber',
  'guardian.applicantRole',
  'guardian.otherParent.name',
  'guardian.otherParent.idType',
  'guardian.otherParent.idNumber',
  'guardian.otherParent.mobile',
  'household.head',
  'household.headName',
  'household.address',
  'household.inDowntown',
  'residence.kind',
  'residence.certificateType',
  'residence.certificateNumber',
  'residence.owner',
  'residence.ownerName',
  'residence.sharePercent',
  'residence.address',
  'migrant.residencePermitNumber',
  'migrant.livelihood',
  'migrant.employerOrLicence',
  'migrant.socialInsuranceMonths',
  'transfer.targetGrade',
  'transfer.reason',
  'transfer.reasonNote',
  'schoolId',
] as const;

export type FieldPath = (typeof FIELD_PATHS)[number];

/** Narrows a wire string (disputedFields, verification values) to a known answer path. */
export function isFieldPath(value: string): value is FieldPath {
  return (FIELD_PATHS as readonly string[]).includes(value);
}

/** Sorts paths into form order so problems and corrections read top to bottom (GOV.UK). */
export function byFormOrder(a: FieldPath, b: FieldPath): number {
  return FIELD_PATHS.indexOf(a) - FIELD_PATHS.indexOf(b);
}
