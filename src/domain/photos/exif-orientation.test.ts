import { hasCameraExif, readExifOrientation, withExifOrientation } from './exif-orientation';
import { readJpegHeader } from './jpeg-header';
import { fakeJpeg } from './test-headers';

function app1(tiff: number[]): Uint8Array {
  return new Uint8Array([0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]);
}

describe('hasCameraExif', () => {
  it('finds the camera make a phone writes in IFD0', () => {
    const make = [0x0f, 0x01, 0x02, 0x00, 0x06, 0x00, 0x00, 0x00, 0x1a, 0x00, 0x00, 0x00];
    const tiff = [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00, ...make];
    expect(hasCameraExif(app1(tiff))).toBe(true);
  });

  it('finds no camera in EXIF that holds only an orientation, as some editors leave it', () => {
    const jpeg = withExifOrientation(fakeJpeg(4032, 3024), 6);
    expect(hasCameraExif(jpeg.subarray(6, 6 + 32))).toBe(false);
    expect(readJpegHeader(jpeg)).toMatchObject({ value: { camera: false } });
  });
});

describe('EXIF orientation', () => {
  it.each([1, 3, 6, 8])('reads back orientation %d after inserting it into a JPEG', (value) => {
    const scan = readJpegHeader(withExifOrientation(fakeJpeg(4032, 3024), value));
    expect(scan).toEqual({
      status: 'found',
      value: { width: 4032, height: 3024, orientation: value, camera: false },
    });
  });

  it('reads a little-endian (Intel) TIFF header, as many Android phones write', () => {
    const entry = [0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00];
    const tiff = [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00, ...entry];
    expect(readExifOrientation(app1(tiff))).toBe(6);
  });

  it('treats an APP1 segment that is not EXIF (e.g. XMP) as upright', () => {
    expect(readExifOrientation(new Uint8Array([0x68, 0x74, 0x74, 0x70, 0x3a, 0x2f]))).toBe(1);
  });

  it('treats an out-of-range orientation value as upright', () => {
    const entry = [0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x09, 0x00, 0x00];
    const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, ...entry];
    expect(readExifOrientation(app1(tiff))).toBe(1);
  });

  it('treats a TIFF directory that runs past the segment as upright instead of failing', () => {
    const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x05, 0x01, 0x12];
    expect(readExifOrientation(app1(tiff))).toBe(1);
  });

  it('refuses to insert EXIF into something that is not a JPEG', () => {
    expect(() => withExifOrientation(new Uint8Array([0x89, 0x50]), 6)).toThrow('not a JPEG');
  });
});
