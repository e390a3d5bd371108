import type { Messages } from '../catalog';

/**
 * What to do about a refused answer, by problem code (src/domain/registration/problem-codes.ts).
 * `{label}` is the question. Messages are instructions (GOV.UK), never just "invalid".
 */
export const enrollmentProblems: Messages['enrollmentProblems'] = {
  required: 'Enter “{label}”',
  'invalid-choice': 'Select “{label}”',
  length: '“{label}” has the wrong number of characters. Check it and enter it again',
  characters: '“{label}” contains characters that should not be there. Check it and enter it again',
  prefix: 'The start of “{label}” is wrong. Enter the number as it is on the document',
  region: 'The first 6 digits of “{label}” are not a real region code. Check it and enter it again',
  'birth-date': 'The date of birth in “{label}” does not exist. Check it and enter it again',
  checksum:
    'The check digit of “{label}” is wrong; a digit may be mistyped. Check it digit by digit',
  format: '“{label}” is not in the right format. Enter it as the hint shows',
  'future-date': '“{label}” must not be later than today',
  'too-young': 'The child was born after this year’s range. Check the date of birth',
  'too-old': 'The child was born before this year’s range. Check the date of birth',
  'same-as-applicant':
    '“{label}” is the same as your own ID number. Enter the other parent’s number',
  'same-as-child': '“{label}” is the same as the child’s ID number. Check it',
  'role-sex-mismatch':
    'The sex on your ID card does not match “father” or “mother” as selected. Check your choice',
  'too-short': '“{label}” is too short. Enter it in full',
  'too-long': '“{label}” is too long. Shorten it',
  'not-downtown':
    'This address is not in the downtown area. Check the address, or answer “No” to whether the household is downtown',
  range: '“{label}” is outside the allowed range. Check it',
  'not-whole-number': 'Enter “{label}” as a whole number',
  'grade-below-current': '“{label}” cannot be lower than the current grade. Choose again',
  'graduate-to-grade-7': 'Primary school graduates can only apply for grade 7. Choose grade 7',
  'status-number-mismatch':
    'The number after G in “{label}” must be the student’s resident ID number. Check it',
};
