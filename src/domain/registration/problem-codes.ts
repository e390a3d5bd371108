/**
 * Why an answer is refused. Codes only: the UI maps (field, code) to a Chinese instruction.
 * ID-number codes are those of src/domain/identity ('empty' becomes 'required').
 */
import type { FieldPath } from './field-paths';

export type ProblemCode =
  | 'required'
  | 'invalid-choice'
  | 'length'
  | 'characters'
  | 'prefix'
  | 'region'
  | 'birth-date'
  | 'checksum'
  | 'format'
  | 'future-date'
  | 'too-young'
  | 'too-old'
  | 'same-as-applicant'
  | 'same-as-child'
  | 'role-sex-mismatch'
  | 'too-short'
  | 'too-long'
  | 'not-downtown'
  | 'range'
  | 'not-whole-number'
  | 'grade-below-current'
  | 'graduate-to-grade-7'
  | 'status-number-mismatch';

export interface FieldProblem {
  field: FieldPath;
  code: ProblemCode;
}
