import { sniffImageFormat } from './image-format';
import {
  fakeBmp,
  fakeGif,
  fakeIsoImage,
  fakeJpeg,
  fakePng,
  fakeWebp,
  textBytes,
} from './test-headers';

describe('sniffImageFormat', () => {
  it.each([
    ['jpeg', fakeJpeg(10, 10)],
    ['png', fakePng(10, 10)],
    ['gif', fakeGif(10, 10)],
    ['webp', fakeWebp('VP8 ', 10, 10)],
    ['bmp', fakeBmp(10, 10)],
    ['heic', fakeIsoImage('heic')],
    ['heic', fakeIsoImage('mif1')],
    ['avif', fakeIsoImage('avif')],
    ['tiff', new Uint8Array([0x49, 0x49, 0x2a, 0x00])],
    ['tiff', new Uint8Array([0x4d, 0x4d, 0x00, 0x2a])],
  ])('recognises %s by its first bytes', (format, bytes) => {
    expect(sniffImageFormat(bytes)).toBe(format);
  });

  it('does not take text that happens to start with "BM" for a bitmap', () => {
    expect(sniffImageFormat(textBytes('BMW service appointment, 5 July'))).toBe('unknown');
  });

  it('does not take an MP4 video for a HEIC photo', () => {
    expect(sniffImageFormat(fakeIsoImage('isom'))).toBe('unknown');
  });

  it('answers unknown for text, PDF and empty input', () => {
    expect(sniffImageFormat(textBytes('hello'))).toBe('unknown');
    expect(sniffImageFormat(textBytes('%PDF-1.7'))).toBe('unknown');
    expect(sniffImageFormat(new Uint8Array())).toBe('unknown');
  });
});
