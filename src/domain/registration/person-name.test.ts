import { checkPersonName, normalizePersonName } from './person-name';

describe('checkPersonName', () => {
  it('accepts a Chinese name of two or more characters', () => {
    expect(checkPersonName('李明', 'han')).toBeNull();
  });

  it('accepts an ethnic name joined by a middle dot', () => {
    expect(checkPersonName('阿依古丽·买买提', 'han')).toBeNull();
  });

  it('accepts a dot typed as a bullet, katakana dot or full stop', () => {
    expect(checkPersonName('阿依古丽•买买提', 'han')).toBeNull();
    expect(checkPersonName('阿依古丽・买买提', 'han')).toBeNull();
    expect(checkPersonName('阿依古丽.买买提', 'han')).toBeNull();
  });

  it('refuses a dot at either end or two in a row', () => {
    expect(checkPersonName('·阿依古丽', 'han')).toBe('characters');
    expect(checkPersonName('阿依古丽··买买提', 'han')).toBe('characters');
  });

  it('accepts a rare character outside the basic block (U+20000 range)', () => {
    expect(checkPersonName('王\u{20BB7}', 'han')).toBeNull();
  });

  it('reports an empty or blank name as required', () => {
    expect(checkPersonName(undefined, 'han')).toBe('required');
    expect(checkPersonName('   ', 'han')).toBe('required');
  });

  it('refuses one character and accepts thirty but not thirty-one', () => {
    expect(checkPersonName('李', 'han')).toBe('length');
    expect(checkPersonName('李'.repeat(30), 'han')).toBeNull();
    expect(checkPersonName('李'.repeat(31), 'han')).toBe('length');
  });

  it('refuses Latin letters on a resident ID but accepts them for permit holders', () => {
    expect(checkPersonName('Chan Tai Man', 'han')).toBe('characters');
    expect(checkPersonName('Chan Tai Man', 'han-or-latin')).toBeNull();
  });

  it('refuses digits and mixed scripts', () => {
    expect(checkPersonName('李明2', 'han-or-latin')).toBe('characters');
    expect(checkPersonName('李Ming', 'han-or-latin')).toBe('characters');
  });
});

describe('normalizePersonName', () => {
  it('trims, collapses spaces and converts full-width letters', () => {
    expect(normalizePersonName('  Ｃｈａｎ\u3000 Tai  ')).toBe('Chan Tai');
  });

  it('removes spaces typed inside a Chinese name', () => {
    expect(normalizePersonName('李 小明')).toBe('李小明');
    expect(checkPersonName('阿依古丽 · 买买提', 'han')).toBeNull();
  });
});
