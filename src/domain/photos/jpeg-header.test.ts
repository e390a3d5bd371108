import { readJpegHeader } from './jpeg-header';
import { fakeJpeg } from './test-headers';

describe('readJpegHeader', () => {
  it('reads the pixel size from a baseline frame header', () => {
    expect(readJpegHeader(fakeJpeg(4032, 3024))).toEqual({
      status: 'found',
      value: { width: 4032, height: 3024, orientation: 1, camera: false },
    });
  });

  it('reads the pixel size from a progressive frame header', () => {
    const scan = readJpegHeader(fakeJpeg(1200, 1600, { frameMarker: 0xc2 }));
    expect(scan).toMatchObject({ status: 'found', value: { width: 1200, height: 1600 } });
  });

  it('skips large segments (an ICC profile) before the frame header', () => {
    const scan = readJpegHeader(fakeJpeg(8064, 6048, { paddingBytes: 150_000 }));
    expect(scan).toMatchObject({ status: 'found', value: { width: 8064, height: 6048 } });
  });

  it('asks for more bytes when the file is cut before the frame header', () => {
    const bytes = fakeJpeg(4032, 3024, { paddingBytes: 1000 });
    expect(readJpegHeader(bytes.subarray(0, 500))).toEqual({ status: 'truncated' });
  });

  it('calls a JPEG corrupt when the scan starts before any frame header', () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x0c, 0, 0, 0, 0]);
    expect(readJpegHeader(bytes)).toEqual({ status: 'corrupt' });
  });

  it('calls a JPEG corrupt when a segment does not start with a marker', () => {
    expect(readJpegHeader(new Uint8Array([0xff, 0xd8, 0x12, 0x34]))).toEqual({ status: 'corrupt' });
  });

  it('calls a JPEG with zero width corrupt', () => {
    expect(readJpegHeader(fakeJpeg(0, 3024))).toEqual({ status: 'corrupt' });
  });

  it('calls a file without the JPEG start marker corrupt', () => {
    expect(readJpegHeader(new Uint8Array([0x00, 0x01, 0x02]))).toEqual({ status: 'corrupt' });
  });
});
