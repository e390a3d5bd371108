/**
 * "自动回填" (FAQ 5, 6): values a department verified fill their fields and carry a mark with
 * the source and record date; a field the parent marked "this is wrong" keeps the parent's value.
 */
import type { VerificationCheck, VerificationSource } from '@contract';
import { isIsoDate } from '../identity/birth-date';
import { ID_DOCUMENT_TYPES } from '../identity/id-document';
import type { EnrollmentDraft } from './draft';
import { setField } from './draft-access';
import { ETHNIC_GROUPS } from './ethnic-groups';
import { isFieldPath, type FieldPath } from './field-paths';
import { KINS } from './kinship';
import { PROPERTY_CERTIFICATE_TYPES } from './property-certificate';
import { CURRENT_GRADES, TARGET_GRADES, TRANSFER_REASONS } from '@contract';

export interface BackfillMark {
  source: VerificationSource;
  /** When the department's record was last updated (YYYY-MM-DD), if it said. */
  recordDate: string | null;
}

export type Backfilled = Partial<Record<FieldPath, BackfillMark>>;

// Wire values are strings (types/verification.ts); undefined means "not usable, stay manual".
type Convert = (wire: string) => unknown;

const text: Convert = (wire) => (wire.trim() === '' ? undefined : wire.trim());
const oneOf =
  (allowed: readonly string[]): Convert =>
  (wire) =>
    allowed.includes(wire) ? wire : undefined;
const flag: Convert = (wire) => (wire === 'true' ? true : wire === 'false' ? false : undefined);
const decimal: Convert = (wire) => (/^\d+(?:\.\d+)?$/.test(wire) ? Number(wire) : undefined);
const date: Convert = (wire) => (isIsoDate(wire) ? wire : undefined);
const idType = oneOf(ID_DOCUMENT_TYPES);
const kin = oneOf(KINS);

const CONVERT: Record<FieldPath, Convert> = {
  'child.name': text,
  'child.idType': idType,
  'child.idNumber': text,
  'child.sex': oneOf(['male', 'female']),
  'child.birthDate': date,
  'child.ethnicity': oneOf(ETHNIC_GROUPS.map((group) => group.code)),
  'child.contactMobile': text,
  'student.currentSchool': text,
  'student.currentDistrict': text,
  'student.currentGrade': oneOf(CURRENT_GRADES),
  'student.statusNumber': text,
  'guardian.applicantRole': oneOf(['father', 'mother']),
  'guardian.otherParent.name': text,
  'guardian.otherParent.idType': idType,
  'guardian.otherParent.idNumber': text,
  'guardian.otherParent.mobile': text,
  'household.head': kin,
  'household.headName': text,
  'household.address': text,
  'household.inDowntown': flag,
  'residence.kind': oneOf(['owned', 'rented', 'other']),
  'residence.certificateType': oneOf(PROPERTY_CERTIFICATE_TYPES),
  'residence.certificateNumber': text,
  'residence.owner': kin,
  'residence.ownerName': text,
  'residence.sharePercent': decimal,
  'residence.address': text,
  'migrant.residencePermitNumber': text,
  'migrant.livelihood': oneOf(['employed', 'self-employed']),
  'migrant.employerOrLicence': text,
  'migrant.socialInsuranceMonths': decimal,
  'transfer.targetGrade': oneOf(TARGET_GRADES),
  'transfer.reason': oneOf(TRANSFER_REASONS),
  'transfer.reasonNote': text,
  schoolId: text,
};

/** Fills verified values into the draft and marks them (FAQ 5); disputed and unverified stay manual (FAQ 6). */
export function applyVerification(
  draft: EnrollmentDraft,
  checks: readonly VerificationCheck[],
  disputedFields: readonly string[],
): { draft: EnrollmentDraft; backfilled: Backfilled } {
  let next = draft;
  const backfilled: Backfilled = {};
  for (const check of checks) {
    if (check.status !== 'verified') continue;
    for (const [path, wire] of Object.entries(check.values)) {
      if (!isFieldPath(path) || disputedFields.includes(path)) continue;
      const value = CONVERT[path](wire);
      if (value === undefined) continue;
      next = setField(next, path, value);
      backfilled[path] = { source: check.source, recordDate: check.recordDate };
    }
  }
  return { draft: next, backfilled };
}
