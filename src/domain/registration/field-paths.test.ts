import { byFormOrder, FIELD_PATHS, isFieldPath, type FieldPath } from './field-paths';

describe('field paths', () => {
  it('recognises a known path and refuses an unknown one', () => {
    expect(isFieldPath('residence.owner')).toBe(true);
    expect(isFieldPath('household.headIdNumber')).toBe(false);
  });

  it('sorts paths into form order', () => {
    const paths: FieldPath[] = ['schoolId', 'child.name', 'household.address'];
    expect(paths.sort(byFormOrder)).toEqual(['child.name', 'household.address', 'schoolId']);
  });

  it('lists every path once', () => {
    expect(new Set(FIELD_PATHS).size).toBe(FIELD_PATHS.length);
  });
});
