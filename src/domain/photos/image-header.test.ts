import { readImageHeader } from './image-header';
import {
  fakeBmp,
  fakeGif,
  fakeIsoImage,
  fakeJpeg,
  fakePng,
  fakeWebp,
  textBytes,
} from './test-headers';

describe('readImageHeader', () => {
  it.each([
    ['jpeg', fakeJpeg(4032, 3024), 4032, 3024],
    ['png', fakePng(1440, 3200), 1440, 3200],
    ['gif', fakeGif(1200, 1000), 1200, 1000],
    ['webp', fakeWebp('VP8 ', 3000, 2000), 3000, 2000],
    ['webp', fakeWebp('VP8L', 1500, 1234), 1500, 1234],
    ['webp', fakeWebp('VP8X', 9000, 7000), 9000, 7000],
    ['bmp', fakeBmp(2000, 1500), 2000, 1500],
    ['bmp', fakeBmp(2000, -1500), 2000, 1500],
  ])('reads the pixel size of a %s header', (format, bytes, width, height) => {
    expect(readImageHeader(bytes)).toEqual({
      status: 'found',
      value: { format, width, height, orientation: 1, camera: false },
    });
  });

  it('carries the EXIF orientation of a JPEG', () => {
    expect(readImageHeader(fakeJpeg(4032, 3024, { orientation: 6 }))).toMatchObject({
      value: { format: 'jpeg', orientation: 6 },
    });
  });

  it('leaves the size of HEIC to the decoder', () => {
    expect(readImageHeader(fakeIsoImage('heic'))).toEqual({
      status: 'found',
      value: { format: 'heic', width: null, height: null, orientation: 1, camera: false },
    });
  });

  it('answers format unknown for text', () => {
    expect(readImageHeader(textBytes('not a photo'))).toMatchObject({
      status: 'found',
      value: { format: 'unknown' },
    });
  });

  it('calls a PNG without its IHDR chunk corrupt', () => {
    const bytes = fakePng(100, 100);
    bytes.set([0x78, 0x78, 0x78, 0x78], 12);
    expect(readImageHeader(bytes)).toEqual({ status: 'corrupt' });
  });

  it('asks for more bytes when a PNG is cut inside its header', () => {
    expect(readImageHeader(fakePng(100, 100).subarray(0, 20))).toEqual({ status: 'truncated' });
  });
});
