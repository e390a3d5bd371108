/** The gateway's own checks of the people in a registration: the child and the other parent. */
import { ID_DOCUMENT_TYPES, type IdDocumentType } from '../../types';
import type { FieldReader } from './field-reader';
import { readIdNumber, readIsoDate, type IdFacts } from './resident-id';

/** A mainland mobile number (11 digits, 13x-19x). */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
/** Home-return permits and Taiwan compatriot permits: letters and digits, 8 to 11 characters. */
const PERMIT_PATTERN = /^[A-Z0-9]{8,11}$/;
const HMT_PREFIXES = ['81', '82', '83'];

/** Checks an ID number for its document type; answers what a GB 11643 number tells. */
export function checkIdNumber(
  r: FieldReader,
  idType: IdDocumentType | null,
  value: unknown,
  path: string,
): IdFacts | null {
  const text = r.text(value, path);
  if (text === null || idType === null) return null;
  if (idType === 'home-return-permit' || idType === 'taiwan-permit') {
    if (!PERMIT_PATTERN.test(text)) r.add(path, 'invalid');
    return null;
  }
  const facts = readIdNumber(text);
  const isHmt = HMT_PREFIXES.includes(text.slice(0, 2));
  if (!facts || isHmt !== (idType === 'hmt-residence-permit')) {
    r.add(path, 'invalid');
    return null;
  }
  return facts;
}

/** Checks `answers.child`: required fields, the ID number, and the birth date against the range. */
export function checkChild(
  r: FieldReader,
  value: unknown,
  range: { from: string; to: string } | null,
): void {
  const child = r.object(value, 'child');
  if (!child) return;
  r.text(child.name, 'child.name');
  const idType = r.oneOf(child.idType, 'child.idType', ID_DOCUMENT_TYPES);
  const facts = checkIdNumber(r, idType, child.idNumber, 'child.idNumber');
  const sex = r.oneOf(child.sex, 'child.sex', ['male', 'female'] as const);
  const text = r.text(child.birthDate, 'child.birthDate');
  const birthDate = text === null ? null : readIsoDate(text);
  if (text !== null && birthDate === null) r.add('child.birthDate', 'invalid');
  r.text(child.ethnicity, 'child.ethnicity');
  r.matching(child.contactMobile, 'child.contactMobile', MOBILE_PATTERN);
  if (facts && birthDate && facts.birthDate !== birthDate) r.add('child.birthDate', 'mismatch');
  if (facts && sex && facts.sex !== sex) r.add('child.sex', 'mismatch');
  // Transfer students have no age window (range null).
  if (range && birthDate && (birthDate < range.from || birthDate > range.to)) {
    r.add('child.birthDate', 'out-of-range');
  }
}

/** Checks `answers.guardian`: the applicant's role and the optional other parent. */
export function checkGuardian(r: FieldReader, value: unknown): void {
  const guardian = r.object(value, 'guardian');
  if (!guardian) return;
  r.oneOf(guardian.applicantRole, 'guardian.applicantRole', ['father', 'mother'] as const);
  if (guardian.otherParent === null) return;
  const other = r.object(guardian.otherParent, 'guardian.otherParent');
  if (!other) return;
  r.text(other.name, 'guardian.otherParent.name');
  const idType = r.oneOf(other.idType, 'guardian.otherParent.idType', ID_DOCUMENT_TYPES);
  checkIdNumber(r, idType, other.idNumber, 'guardian.otherParent.idNumber');
  r.matching(other.mobile, 'guardian.otherParent.mobile', MOBILE_PATTERN);
}
