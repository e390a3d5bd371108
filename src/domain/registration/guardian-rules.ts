import type { OtherParentAnswers, ParentRole } from '@contract';
import { ID_DOCUMENT_TYPES } from '../identity/id-document';
import { validateMobile } from '../identity/mobile';
import { validateResidentId } from '../identity/resident-id';
import { checkIdNumber, nameScriptFor, sameIdNumber } from './child-rules';
import { hasValue } from './draft-access';
import { checkChoice, type FieldRule, type FieldRules } from './field-rule';
import { checkPersonName } from './person-name';

const ROLES: readonly ParentRole[] = ['father', 'mother'];

/** Whether the optional other parent was started: then name and ID become required (PRODUCT.md). */
export function isOtherParentStarted(
  otherParent: Partial<OtherParentAnswers> | null | undefined,
): boolean {
  if (otherParent === undefined || otherParent === null) return false;
  return [otherParent.name, otherParent.idType, otherParent.idNumber, otherParent.mobile].some(
    hasValue,
  );
}

// Runs a rule only once the parent started the other parent's answers.
function ifStarted(rule: FieldRule): FieldRule {
  return (draft, context) =>
    isOtherParentStarted(draft.guardian?.otherParent) ? rule(draft, context) : null;
}

/** The guardian questions: applicants are the child's parents only (FAQ 2; PRODUCT.md, Guardian). */
export const GUARDIAN_RULES: FieldRules = {
  'guardian.applicantRole': (draft, context) => {
    const role = draft.guardian?.applicantRole;
    const problem = checkChoice(role, ROLES);
    if (problem !== null) return problem;
    // The host's ID number tells the applicant's sex (GB 11643): a father is male.
    const applicant = validateResidentId(context.applicant.idNumber, context.today);
    if (!applicant.ok) return null;
    return (applicant.sex === 'male') === (role === 'father') ? null : 'role-sex-mismatch';
  },
  'guardian.otherParent.name': ifStarted((draft) => {
    const other = draft.guardian?.otherParent;
    return checkPersonName(other?.name, nameScriptFor(other?.idType));
  }),
  'guardian.otherParent.idType': ifStarted((draft) =>
    checkChoice(draft.guardian?.otherParent?.idType, ID_DOCUMENT_TYPES),
  ),
  'guardian.otherParent.idNumber': ifStarted((draft, context) => {
    const other = draft.guardian?.otherParent;
    if (other?.idType === undefined || !ID_DOCUMENT_TYPES.includes(other.idType)) return null;
    const problem = checkIdNumber(other.idType, other.idNumber, context.today);
    if (problem !== null) return problem;
    if (sameIdNumber(other.idNumber, draft.child?.idNumber)) return 'same-as-child';
    return sameIdNumber(other.idNumber, context.applicant.idNumber) ? 'same-as-applicant' : null;
  }),
  // The other parent's mobile is optional; when given it must be a mobile number.
  'guardian.otherParent.mobile': ifStarted((draft) => {
    const mobile = draft.guardian?.otherParent?.mobile;
    if (!hasValue(mobile)) return null;
    const result = validateMobile(mobile ?? '');
    return result.ok ? null : 'format';
  }),
};
