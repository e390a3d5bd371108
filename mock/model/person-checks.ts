/**
 * The gateway's own rules for the people in a well-formed registration: ID numbers by document
 * type (GB 11643 check character), the child's birth date and sex against the ID number, and
 * the season's birth date range.
 */
import type { ChildAnswers, FieldProblem, GuardianAnswers, IdDocumentType } from '../../types';
import { readIdNumber, readIsoDate, type IdFacts } from './resident-id';

/** Home-return permits and Taiwan compatriot permits: letters and digits, 8 to 11 characters. */
const PERMIT_PATTERN = /^[A-Z0-9]{8,11}$/;
/** 外国人永久居留身份证: 3 letters and 12 digits before 2023; 9 and 17 more characters since. */
const FOREIGN_RESIDENCE_PATTERN = /^(?:[A-Z]{3}\d{12}|9\d{16}[\dX])$/;
const HMT_PREFIXES = ['81', '82', '83'];

/** What a number tells for its document type; 'invalid' when it breaks the type's rules. */
export function readDocumentNumber(
  idType: IdDocumentType,
  text: string,
): IdFacts | null | 'invalid' {
  if (idType === 'home-return-permit' || idType === 'taiwan-permit') {
    return PERMIT_PATTERN.test(text) ? null : 'invalid';
  }
  if (idType === 'foreign-permanent-residence') {
    return FOREIGN_RESIDENCE_PATTERN.test(text) ? null : 'invalid';
  }
  const facts = readIdNumber(text);
  const isHmt = HMT_PREFIXES.includes(text.slice(0, 2));
  if (!facts || isHmt !== (idType === 'hmt-residence-permit')) return 'invalid';
  return facts;
}

/** Problems with `answers.child`; `range` is the season's birth dates (null for transfer). */
export function checkChild(
  child: Pick<ChildAnswers, 'idType' | 'idNumber'> &
    Partial<Pick<ChildAnswers, 'sex' | 'birthDate'>>,
  range: { from: string; to: string } | null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const facts = readDocumentNumber(child.idType, child.idNumber);
  if (facts === 'invalid') problems.push({ field: 'child.idNumber', code: 'invalid' });
  const birthDate = child.birthDate === undefined ? null : readIsoDate(child.birthDate);
  if (child.birthDate !== undefined && birthDate === null) {
    problems.push({ field: 'child.birthDate', code: 'invalid' });
  }
  const known = facts !== 'invalid' ? facts : null;
  if (known && birthDate && known.birthDate !== birthDate) {
    problems.push({ field: 'child.birthDate', code: 'mismatch' });
  }
  if (known && child.sex && known.sex !== child.sex)
    problems.push({ field: 'child.sex', code: 'mismatch' });
  // Transfer students have no age window (range null).
  if (range && birthDate && (birthDate < range.from || birthDate > range.to)) {
    problems.push({ field: 'child.birthDate', code: 'out-of-range' });
  }
  return problems;
}

/** Problems with `answers.guardian`: the other parent's ID number for its document type. */
export function checkGuardian(guardian: GuardianAnswers): FieldProblem[] {
  const other = guardian.otherParent;
  if (!other || readDocumentNumber(other.idType, other.idNumber) !== 'invalid') return [];
  return [{ field: 'guardian.otherParent.idNumber', code: 'invalid' }];
}
