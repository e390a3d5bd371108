import { judgeLegibility } from './legibility';

const judge = (width: number, height: number, format: 'jpeg' | 'png' = 'jpeg', camera = false) =>
  judgeLegibility({ size: { width, height }, format, camera });

describe('judgeLegibility', () => {
  it('finds a phone photo and a 200 dpi scan legible', () => {
    expect(judge(4032, 3024, 'jpeg', true)).toBe('legible');
    expect(judge(2480, 3508, 'png')).toBe('legible');
  });

  it('calls a picture of the size chat apps send, without camera EXIF, a chat thumbnail', () => {
    expect(judge(1280, 960)).toBe('thumbnail');
    expect(judge(720, 960)).toBe('thumbnail');
  });

  it('asks to check by eye a 1.2 MP camera original rather than give chat advice', () => {
    expect(judge(1280, 960, 'jpeg', true)).toBe('borderline');
  });

  it('asks to check by eye a receipt scanned at about 120 dpi, a few pixels under 1000', () => {
    expect(judge(992, 1403)).toBe('borderline');
    expect(judge(992, 1403, 'png')).toBe('borderline');
  });

  it('judges a long narrow receipt across its width', () => {
    expect(judge(640, 2400)).toBe('legible');
    expect(judge(420, 2000)).toBe('borderline');
    expect(judge(250, 2000)).toBe('too-small');
  });

  it('refuses an original too small to read with advice to shoot closer or rescan', () => {
    expect(judge(560, 420, 'jpeg', true)).toBe('too-small');
    expect(judge(1, 1, 'png')).toBe('too-small');
  });
});
