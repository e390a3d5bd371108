import { checkEncodedOutput } from './check-output';
import { fakeJpeg, fakePng } from './test-headers';

const asked = { width: 2339, height: 1754 };

describe('checkEncodedOutput', () => {
  it('accepts a fresh upright JPEG of the asked size', () => {
    expect(checkEncodedOutput(fakeJpeg(2339, 1754), false, asked)).toEqual({
      ok: true,
      size: { width: 2339, height: 1754 },
    });
  });

  it('allows the encoder 2 px of rounding', () => {
    expect(checkEncodedOutput(fakeJpeg(2337, 1753), false, asked)).toEqual({
      ok: true,
      size: { width: 2337, height: 1753 },
    });
    expect(checkEncodedOutput(fakeJpeg(2336, 1754), false, asked)).toEqual({
      ok: false,
      problem: 'wrong-size',
    });
  });

  it('refuses the original handed back unchanged, even when it looks right', () => {
    expect(checkEncodedOutput(fakeJpeg(2339, 1754), true, asked)).toEqual({
      ok: false,
      problem: 'unchanged-source',
    });
  });

  it('refuses a PNG handed back instead of a JPEG', () => {
    expect(checkEncodedOutput(fakePng(2339, 1754), false, asked)).toEqual({
      ok: false,
      problem: 'not-jpeg',
    });
  });

  it('refuses the full-size original (the canvas failed and compressorjs gave the file back)', () => {
    expect(checkEncodedOutput(fakeJpeg(4032, 3024), false, asked)).toEqual({
      ok: false,
      problem: 'wrong-size',
    });
  });

  it('refuses an output that still carries an EXIF orientation', () => {
    expect(checkEncodedOutput(fakeJpeg(2339, 1754, { orientation: 6 }), false, asked)).toEqual({
      ok: false,
      problem: 'kept-metadata',
    });
  });
});
