/**
 * Grade rules of 中小学转学申请信息登记 (PRODUCT.md, Transfer adds; FAQ 1): primary targets 2-6,
 * junior high 7-9; never a grade below the current one; a primary graduate applies to grade 7.
 */
import { isOneOf, TARGET_GRADES, type CurrentGrade, type TargetGrade } from '@contract';
import type { ProblemCode } from '../registration/problem-codes';

export type SchoolLevel = 'primary' | 'junior';

/** Which schools a target grade is in: grades 7-9 are junior high (初中). */
export function schoolLevelOf(grade: TargetGrade): SchoolLevel {
  return Number(grade) >= 7 ? 'junior' : 'primary';
}

/** The target grades open to a student in `current`: FAQ 1 sends primary graduates to grade 7. */
export function allowedTargetGrades(current: CurrentGrade | undefined): TargetGrade[] {
  if (current === undefined) return [...TARGET_GRADES];
  if (current === 'primary-graduate') return ['7'];
  return TARGET_GRADES.filter((grade) => Number(grade) >= Number(current));
}

/** The target grade against the current one (FAQ 1; the gateway applies the same rule). */
export function checkTargetGrade(
  current: CurrentGrade | undefined,
  target: string | undefined,
): ProblemCode | null {
  if (target === undefined || target === '') return 'required';
  if (!isOneOf(TARGET_GRADES, target)) return 'invalid-choice';
  // Without a current grade the target cannot be judged; that question reports itself.
  if (current === undefined) return null;
  if (current === 'primary-graduate') return target === '7' ? null : 'graduate-to-grade-7';
  return Number(target) >= Number(current) ? null : 'grade-below-current';
}
