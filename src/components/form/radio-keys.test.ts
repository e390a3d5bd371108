import { nextRadioIndex, tabStopIndex } from './radio-keys';

describe('nextRadioIndex', () => {
  const all = [true, true, true];

  it('moves down and right to the next option and wraps at the end', () => {
    expect(nextRadioIndex('ArrowDown', 0, all)).toBe(1);
    expect(nextRadioIndex('ArrowRight', 2, all)).toBe(0);
  });

  it('moves up and left to the previous option and wraps at the start', () => {
    expect(nextRadioIndex('ArrowUp', 1, all)).toBe(0);
    expect(nextRadioIndex('ArrowLeft', 0, all)).toBe(2);
  });

  it('skips options that cannot be chosen', () => {
    expect(nextRadioIndex('ArrowDown', 0, [true, false, true])).toBe(2);
    expect(nextRadioIndex('Home', 2, [false, true, true])).toBe(1);
    expect(nextRadioIndex('End', 0, [true, true, false])).toBe(1);
  });

  it('ignores other keys and groups where nothing can be chosen', () => {
    expect(nextRadioIndex('Tab', 0, all)).toBeNull();
    expect(nextRadioIndex('ArrowDown', 0, [false, false])).toBeNull();
  });
});

describe('tabStopIndex', () => {
  it('is the chosen option, else the first one that can be chosen', () => {
    expect(tabStopIndex(2, [true, true, true])).toBe(2);
    expect(tabStopIndex(-1, [false, true, true])).toBe(1);
  });
});
