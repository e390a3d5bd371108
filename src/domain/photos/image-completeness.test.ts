import { isImageComplete } from './image-completeness';
import { fakeGif, fakeJpeg, fakePng, fakeIsoImage } from './test-headers';

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

describe('isImageComplete', () => {
  it('accepts a JPEG whose scan data ends in the end-of-image marker', () => {
    expect(isImageComplete(fakeJpeg(4032, 3024), 'jpeg')).toBe(true);
  });

  it('refuses a JPEG cut off inside its scan data', () => {
    const whole = fakeJpeg(4032, 3024);
    expect(isImageComplete(whole.subarray(0, whole.length - 3), 'jpeg')).toBe(false);
  });

  it('refuses a JPEG with a frame header but no scan at all', () => {
    const whole = fakeJpeg(4032, 3024);
    const sos = whole.findIndex((byte, i) => byte === 0xff && whole[i + 1] === 0xda);
    expect(isImageComplete(whole.subarray(0, sos), 'jpeg')).toBe(false);
  });

  it('refuses a JPEG whose scan holds no data before the end marker', () => {
    const whole = fakeJpeg(4032, 3024);
    const sos = whole.findIndex((byte, i) => byte === 0xff && whole[i + 1] === 0xda);
    const empty = concat(whole.subarray(0, sos + 14), new Uint8Array([0xff, 0xd9]));
    expect(isImageComplete(empty, 'jpeg')).toBe(false);
  });

  it('accepts a motion photo: a whole JPEG with a video appended after its end', () => {
    const video = new Uint8Array(5000).fill(3);
    expect(isImageComplete(concat(fakeJpeg(4032, 3024), video), 'jpeg')).toBe(true);
  });

  it('accepts a PNG whose chunks run through pixel data to IEND', () => {
    expect(isImageComplete(fakePng(1400, 1100), 'png')).toBe(true);
  });

  it('refuses a PNG cut off before IEND', () => {
    const whole = fakePng(1400, 1100);
    expect(isImageComplete(whole.subarray(0, whole.length - 12), 'png')).toBe(false);
  });

  it('refuses a PNG with no pixel data', () => {
    const whole = fakePng(1400, 1100);
    const withoutData = concat(whole.subarray(0, 33), whole.subarray(33 + 16));
    expect(isImageComplete(withoutData, 'png')).toBe(false);
  });

  it('refuses a GIF that never reaches its trailer byte', () => {
    expect(isImageComplete(fakeGif(1200, 1000), 'gif')).toBe(false);
    expect(isImageComplete(concat(fakeGif(1200, 1000), new Uint8Array([0, 0x3b])), 'gif')).toBe(
      true,
    );
  });

  it('leaves formats it does not read (HEIC) to their decoder', () => {
    expect(isImageComplete(fakeIsoImage('heic'), 'heic')).toBe(true);
  });
});
