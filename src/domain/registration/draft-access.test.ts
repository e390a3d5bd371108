import { hasValue, readField, setField } from './draft-access';
import { completeDraft } from './test-support';

describe('readField', () => {
  it('reads a nested answer by its path', () => {
    expect(readField(completeDraft(), 'residence.owner')).toBe('father');
  });

  it('reads undefined through a null other parent', () => {
    expect(readField({ guardian: { otherParent: null } }, 'guardian.otherParent.name')).toBe(
      undefined,
    );
  });
});

describe('setField', () => {
  it('writes without mutating the original draft', () => {
    const draft = completeDraft();
    const next = setField(draft, 'household.headName', '王芳');
    expect(next.household?.headName).toBe('王芳');
    expect(draft.household?.headName).toBe('李明轩');
    expect(next.residence).toBe(draft.residence);
  });

  it('creates missing sections, including over a null other parent', () => {
    const next = setField({ guardian: { otherParent: null } }, 'guardian.otherParent.name', '王芳');
    expect(next).toEqual({ guardian: { otherParent: { name: '王芳' } } });
  });

  it('writes a top-level answer', () => {
    expect(setField({}, 'schoolId', 's1')).toEqual({ schoolId: 's1' });
  });
});

describe('hasValue', () => {
  it('treats missing, null, blank text and NaN as no answer', () => {
    expect([undefined, null, '  ', Number.NaN].map(hasValue)).toEqual([false, false, false, false]);
  });

  it('treats false and 0 as answers', () => {
    expect([false, 0, 'x'].map(hasValue)).toEqual([true, true, true]);
  });
});
