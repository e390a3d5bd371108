/**
 * Hand-made image headers for the photo tests: just enough bytes for each format's header, so
 * every rule of FAQ 12 can be tested without an image decoder.
 */
import { withExifOrientation } from './exif-orientation';

const be16 = (value: number) => [(value >> 8) & 0xff, value & 0xff];
const be32 = (value: number) => [...be16(Math.floor(value / 0x10000)), ...be16(value & 0xffff)];
const le16 = (value: number) => [value & 0xff, (value >> 8) & 0xff];
const le32 = (value: number) => [...le16(value & 0xffff), ...le16((value >>> 16) & 0xffff)];
const text = (value: string) => Array.from(value, (char) => char.charCodeAt(0));

export interface FakeJpegOptions {
  orientation?: number;
  /** Bytes of an extra APP2 segment before the frame header (e.g. an ICC profile). */
  paddingBytes?: number;
  /** The frame marker: 0xc0 baseline, 0xc2 progressive. */
  frameMarker?: number;
  /** Adds EXIF with a camera make ("Apple"), as a camera writes and chat apps strip. */
  camera?: boolean;
}

/** An APP1 EXIF segment whose IFD0 holds one entry, Make = "Apple". */
const CAMERA_EXIF = [
  ...[0xff, 0xe1, 0x00, 0x28, ...text('Exif\0\0')],
  ...[...text('II'), 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00],
  ...[0x0f, 0x01, 0x02, 0x00, 0x06, 0x00, 0x00, 0x00, 0x1a, 0x00, 0x00, 0x00],
  ...[0x00, 0x00, 0x00, 0x00, ...text('Apple\0')],
];

/** A JPEG header: SOI, APP0, optional padding, SOFn with the size, SOS, a little data, EOI. */
export function fakeJpeg(width: number, height: number, options: FakeJpegOptions = {}): Uint8Array {
  const padding: number[] = [];
  for (let left = options.paddingBytes ?? 0; left > 0; left -= 60000) {
    const size = Math.min(left, 60000);
    padding.push(0xff, 0xe2, ...be16(size + 2), ...new Array<number>(size).fill(0x20));
  }
  const bytes = new Uint8Array([
    ...[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...text('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0],
    ...(options.camera ? CAMERA_EXIF : []),
    ...padding,
    ...[0xff, options.frameMarker ?? 0xc0, 0x00, 0x11, 0x08, ...be16(height), ...be16(width)],
    ...[0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01],
    ...[0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00],
    ...[0x12, 0x34, 0x56, 0xff, 0xd9],
  ]);
  return options.orientation ? withExifOrientation(bytes, options.orientation) : bytes;
}

/** A PNG signature, IHDR chunk, a little made-up pixel data (CRCs not checked by us), IEND. */
export function fakePng(width: number, height: number): Uint8Array {
  return new Uint8Array([
    ...[0x89, ...text('PNG\r\n\x1a\n')],
    ...[...be32(13), ...text('IHDR'), ...be32(width), ...be32(height), 8, 6, 0, 0, 0, 0, 0, 0, 0],
    ...[...be32(4), ...text('IDAT'), 0x78, 0x9c, 0x03, 0x00, 0, 0, 0, 0],
    ...[...be32(0), ...text('IEND'), 0xae, 0x42, 0x60, 0x82],
  ]);
}

/** A GIF logical screen descriptor. */
export function fakeGif(width: number, height: number): Uint8Array {
  return new Uint8Array([...text('GIF89a'), ...le16(width), ...le16(height), 0, 0, 0]);
}

/** A WebP of one of the three chunk kinds. */
export function fakeWebp(
  kind: 'VP8 ' | 'VP8L' | 'VP8X',
  width: number,
  height: number,
): Uint8Array {
  const head = [...text('RIFF'), ...le32(100), ...text('WEBP'), ...text(kind), ...le32(80)];
  if (kind === 'VP8 ') {
    return new Uint8Array([...head, 0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(width), ...le16(height)]);
  }
  if (kind === 'VP8L') {
    const w = width - 1;
    const h = height - 1;
    const bits = [
      w & 0xff,
      ((w >> 8) & 0x3f) | ((h & 0x03) << 6),
      (h >> 2) & 0xff,
      (h >> 10) & 0x0f,
    ];
    return new Uint8Array([...head, 0x2f, ...bits, 0, 0, 0, 0, 0]);
  }
  const w = width - 1;
  const h = height - 1;
  return new Uint8Array([
    ...head,
    0,
    0,
    0,
    0,
    w & 0xff,
    (w >> 8) & 0xff,
    w >> 16,
    h & 0xff,
    (h >> 8) & 0xff,
    h >> 16,
  ]);
}

/** A Windows bitmap header; a negative height means rows stored top-down. */
export function fakeBmp(width: number, height: number): Uint8Array {
  return new Uint8Array([
    ...text('BM'),
    ...le32(1000),
    0,
    0,
    0,
    0,
    ...le32(54),
    ...le32(40),
    ...le32(width),
    ...le32(height >>> 0),
    1,
    0,
    24,
    0,
  ]);
}

/** The start of an ISO-BMFF file (HEIC/AVIF) with the given major brand. */
export function fakeIsoImage(brand: string): Uint8Array {
  return new Uint8Array([
    ...be32(24),
    ...text('ftyp'),
    ...text(brand),
    0,
    0,
    0,
    0,
    ...text('mif1'),
    ...text(brand),
    0,
    0,
    0,
    8,
  ]);
}

/** Plain text bytes, e.g. a document saved as .txt. */
export function textBytes(value: string): Uint8Array {
  return new Uint8Array(text(value));
}
