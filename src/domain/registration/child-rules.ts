import type { IdDocumentType } from '@contract';
import { isIsoDate } from '../identity/birth-date';
import { ID_DOCUMENT_TYPES, validateIdDocument } from '../identity/id-document';
import { validateMobile } from '../identity/mobile';
import { normalizeIdNumber } from '../identity/normalize-id';
import { idTypeAsksFacts } from './derived-facts';
import { checkEligibility } from './eligibility';
import { isEthnicGroupCode } from './ethnic-groups';
import { checkChoice, type FieldRules } from './field-rule';
import { checkPersonName, type NameScript } from './person-name';
import type { ProblemCode } from './problem-codes';

const SEXES = ['male', 'female'] as const;

/** Permit holders' names may be written in Latin letters; resident IDs carry Chinese names. */
export function nameScriptFor(idType: IdDocumentType | undefined): NameScript {
  return idType === undefined || idType === 'resident-id' ? 'han' : 'han-or-latin';
}

/** The child's ID number as its type requires (src/domain/identity; GB 11643 for 18 digits). */
export function checkIdNumber(
  idType: IdDocumentType,
  raw: string | undefined,
  today: string,
): ProblemCode | null {
  const result = validateIdDocument(idType, raw ?? '', today);
  if (result.ok) return null;
  return result.reason === 'empty' ? 'required' : result.reason;
}

/** Whether two ID numbers are the same person's, ignoring spaces, width and case. */
export function sameIdNumber(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const left = normalizeIdNumber(a);
  return left !== '' && left === normalizeIdNumber(b);
}

// Enrollment judges the age window; transfer has none (its context's birthRange is null).
function ageProblem(birthDate: string, range: { from: string; to: string } | null) {
  if (range === null) return null;
  const eligibility = checkEligibility(birthDate, range);
  return eligibility.eligible ? null : eligibility.reason;
}

/** The child's questions (PRODUCT.md, Child; FAQ 3 for the contact mobile). */
export const CHILD_RULES: FieldRules = {
  'child.name': (draft) => checkPersonName(draft.child?.name, nameScriptFor(draft.child?.idType)),
  'child.idType': (draft) => checkChoice(draft.child?.idType, ID_DOCUMENT_TYPES),
  'child.idNumber': (draft, context) => {
    const child = draft.child;
    // Without a valid type a typed number cannot be judged (the type question reports that),
    // but an empty one is still missing.
    if (child?.idType === undefined || !ID_DOCUMENT_TYPES.includes(child.idType)) {
      return child?.idNumber?.trim() ? null : 'required';
    }
    const problem = checkIdNumber(child.idType, child.idNumber, context.today);
    if (problem !== null) return problem;
    if (sameIdNumber(child.idNumber, context.applicant.idNumber)) return 'same-as-applicant';
    // Encoded birth dates are judged here, since the birth date question is not asked.
    if (idTypeAsksFacts(child.idType) || child.birthDate === undefined) return null;
    return ageProblem(child.birthDate, context.birthRange);
  },
  'child.sex': (draft) => checkChoice(draft.child?.sex, SEXES),
  'child.birthDate': (draft, context) => {
    const value = draft.child?.birthDate?.trim() ?? '';
    if (value === '') return 'required';
    if (!isIsoDate(value)) return 'format';
    if (value > context.today) return 'future-date';
    return ageProblem(value, context.birthRange);
  },
  'child.ethnicity': (draft) => {
    const value = draft.child?.ethnicity ?? '';
    if (value === '') return 'required';
    return isEthnicGroupCode(value) ? null : 'invalid-choice';
  },
  'child.contactMobile': (draft) => {
    const result = validateMobile(draft.child?.contactMobile ?? '');
    if (result.ok) return null;
    return result.reason === 'empty' ? 'required' : result.reason;
  },
};
