import { toHalfWidth } from './half-width';

describe('toHalfWidth', () => {
  it('converts full-width digits, letters and punctuation to ASCII', () => {
    expect(toHalfWidth('０９ＡＺａｚ＋－')).toBe('09AZaz+-');
  });

  it('turns the ideographic space into an ASCII space', () => {
    expect(toHalfWidth('a\u3000b')).toBe('a b');
  });

  it('leaves ASCII and Chinese characters unchanged', () => {
    expect(toHalfWidth('abc 123 张')).toBe('abc 123 张');
  });
});
