import { allowedTargetGrades, checkTargetGrade, schoolLevelOf } from './grades';

describe('checkTargetGrade (FAQ 1; PRODUCT.md, Transfer adds)', () => {
  it('accepts the same or a higher grade', () => {
    expect(checkTargetGrade('4', '4')).toBeNull();
    expect(checkTargetGrade('4', '5')).toBeNull();
    expect(checkTargetGrade('7', '9')).toBeNull();
  });

  it('refuses a target grade below the current one', () => {
    expect(checkTargetGrade('5', '4')).toBe('grade-below-current');
    expect(checkTargetGrade('8', '7')).toBe('grade-below-current');
  });

  it('sends primary graduates to grade 7 only', () => {
    expect(checkTargetGrade('primary-graduate', '7')).toBeNull();
    expect(checkTargetGrade('primary-graduate', '6')).toBe('graduate-to-grade-7');
    expect(checkTargetGrade('primary-graduate', '8')).toBe('graduate-to-grade-7');
  });

  it('offers primary 2-6 and junior high 7-9, never grade 1', () => {
    expect(checkTargetGrade(undefined, '1')).toBe('invalid-choice');
    expect(checkTargetGrade(undefined, '10')).toBe('invalid-choice');
    expect(checkTargetGrade(undefined, undefined)).toBe('required');
    expect(checkTargetGrade(undefined, '2')).toBeNull();
  });

  it('lists the grades open to a student', () => {
    expect(allowedTargetGrades('primary-graduate')).toEqual(['7']);
    expect(allowedTargetGrades('8')).toEqual(['8', '9']);
    expect(allowedTargetGrades('1')).toHaveLength(8);
  });

  it('puts grades 7-9 in junior high schools', () => {
    expect(schoolLevelOf('6')).toBe('primary');
    expect(schoolLevelOf('7')).toBe('junior');
  });
});
