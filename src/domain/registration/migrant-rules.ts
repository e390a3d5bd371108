import { toHalfWidth } from '../identity/half-width';
import { checkCreditCode } from './credit-code';
import { checkChoice, type FieldRules } from './field-rule';
import type { ProblemCode } from './problem-codes';

const LIVELIHOODS = ['employed', 'self-employed'] as const;
// Assumption (no public specification found): Shandong residence permit numbers are written with
// an 'SD' or '37' (Shandong's GB/T 2260 code) prefix followed by digits, 10-20 characters in all.
const PERMIT_LENGTH = { min: 10, max: 20 };
const PERMIT_SHAPE = /^(?:SD|37)\d+$/;
const EMPLOYER_LENGTH = { min: 2, max: 60 };
const MAX_INSURANCE_MONTHS = 600;

/** Checks a Shandong residence permit number's shape (FAQ 10; assumption documented above). */
export function checkResidencePermitNumber(raw: string | undefined): ProblemCode | null {
  const value = toHalfWidth(raw ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();
  if (value === '') return 'required';
  if (value.length < PERMIT_LENGTH.min || value.length > PERMIT_LENGTH.max) return 'length';
  return PERMIT_SHAPE.test(value) ? null : 'format';
}

function checkEmployerName(raw: string | undefined): ProblemCode | null {
  const name = toHalfWidth(raw ?? '').trim();
  if (name === '') return 'required';
  const length = Array.from(name).length;
  return length < EMPLOYER_LENGTH.min || length > EMPLOYER_LENGTH.max ? 'length' : null;
}

/** The questions for children of migrant workers: permit, livelihood, insurance (FAQ 10). */
export const MIGRANT_RULES: FieldRules = {
  'migrant.residencePermitNumber': (draft) =>
    checkResidencePermitNumber(draft.migrant?.residencePermitNumber),
  'migrant.livelihood': (draft) => checkChoice(draft.migrant?.livelihood, LIVELIHOODS),
  // Employees name their employer; the self-employed give the licence's credit code (GB 32100).
  'migrant.employerOrLicence': (draft) => {
    const value = draft.migrant?.employerOrLicence;
    switch (draft.migrant?.livelihood) {
      case 'self-employed':
        return checkCreditCode(value);
      case 'employed':
        return checkEmployerName(value);
      default:
        return (value ?? '').trim() === '' ? 'required' : null;
    }
  },
  'migrant.socialInsuranceMonths': (draft) => {
    const months = draft.migrant?.socialInsuranceMonths;
    if (months === undefined || months === null) return 'required';
    if (typeof months !== 'number' || !Number.isFinite(months)) return 'format';
    if (!Number.isInteger(months)) return 'not-whole-number';
    return months >= 0 && months <= MAX_INSURANCE_MONTHS ? null : 'range';
  },
};
