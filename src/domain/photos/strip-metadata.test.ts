import { stripJpegMetadata, stripPngMetadata } from './strip-metadata';
import { fakeJpeg, fakePng } from './test-headers';

const text = (value: string) => Array.from(value, (char) => char.charCodeAt(0));

function segment(marker: number, payload: number[]): Uint8Array {
  const length = payload.length + 2;
  return new Uint8Array([0xff, marker, length >> 8, length & 0xff, ...payload]);
}

function chunk(type: string, payload: number[]): Uint8Array {
  const length = payload.length;
  return new Uint8Array([0, 0, length >> 8, length & 0xff, ...text(type), ...payload, 1, 2, 3, 4]);
}

function join(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** EXIF with a made-up GPS block, XMP, a comment and a maker segment, as a phone writes them. */
const exif = segment(0xe1, [...text('Exif\0\0MM\0*GPS 36.6512N 117.1201E')]);
const xmp = segment(0xe1, [...text('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>')]);
const comment = segment(0xfe, text('Huawei P30'));
const maker = segment(0xeb, text('HDR gain map'));
const icc = segment(0xe2, [...text('ICC_PROFILE\0'), 1, 1, 9, 9, 9]);

describe('stripJpegMetadata', () => {
  it('gives back exactly the original bytes once EXIF, XMP, comments and maker data are cut out', () => {
    const plain = fakeJpeg(4032, 3024);
    const withMetadata = join(plain.subarray(0, 2), exif, xmp, comment, maker, plain.subarray(2));
    expect(stripJpegMetadata(withMetadata)).toEqual(plain);
  });

  it('keeps the colour profile and the JFIF segment in place', () => {
    const plain = fakeJpeg(4032, 3024);
    const withProfile = join(plain.subarray(0, 2), exif, icc, plain.subarray(2));
    expect(stripJpegMetadata(withProfile)).toEqual(
      join(plain.subarray(0, 2), icc, plain.subarray(2)),
    );
  });

  it('drops a motion photo video after the end marker', () => {
    const plain = fakeJpeg(4032, 3024);
    const motion = join(plain, new Uint8Array(4000).fill(0x33));
    expect(stripJpegMetadata(motion)).toEqual(plain);
  });

  it('answers null for a JPEG cut off in its scan data', () => {
    const plain = fakeJpeg(4032, 3024);
    expect(stripJpegMetadata(plain.subarray(0, plain.length - 3))).toBeNull();
  });
});

describe('stripPngMetadata', () => {
  it('gives back exactly the drawing chunks once text, EXIF and time chunks are dropped', () => {
    const plain = fakePng(1400, 1100);
    const header = plain.subarray(0, 33);
    const rest = plain.subarray(33);
    const withText = join(
      header,
      chunk('tEXt', text('Software\0Screenshot')),
      chunk('eXIf', text('MM\0*GPS')),
      chunk('tIME', [7, 230, 7, 5, 10, 15, 0]),
      rest,
    );
    expect(stripPngMetadata(withText)).toEqual(plain);
  });

  it('keeps transparency and colour chunks', () => {
    const plain = fakePng(1400, 1100);
    const withTrns = join(plain.subarray(0, 33), chunk('tRNS', [0, 0]), plain.subarray(33));
    expect(stripPngMetadata(withTrns)).toEqual(withTrns);
  });

  it('answers null for a PNG cut off before IEND', () => {
    const plain = fakePng(1400, 1100);
    expect(stripPngMetadata(plain.subarray(0, plain.length - 4))).toBeNull();
  });
});
