import { u16 } from './bytes';
import { hasCameraExif, readExifOrientation } from './exif-orientation';

/** What a header scan found: the facts, "need more bytes", or "this cannot be a valid file". */
export type HeaderScan<T> =
  { status: 'found'; value: T } | { status: 'truncated' } | { status: 'corrupt' };

export interface JpegFacts {
  width: number;
  height: number;
  /** EXIF orientation 1-8 (1 when absent). */
  orientation: number;
  /** Whether EXIF written by a camera (make, model, exposure) is present. */
  camera: boolean;
}

const APP1 = 0xe1;
const SOS = 0xda;
const EOI = 0xd9;

function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8);
}

/**
 * Walks a JPEG's marker segments up to the frame header: pixel size and EXIF orientation, read
 * before decoding so a thumbnail or a 100-megapixel file is refused without spending memory on it
 * (FAQ 12). Reaching the scan or the end image marker first means the file is corrupt.
 */
export function readJpegHeader(bytes: Uint8Array): HeaderScan<JpegFacts> {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return { status: 'corrupt' };
  let orientation = 1;
  let camera = false;
  let at = 2;
  for (;;) {
    if (at >= bytes.length) return { status: 'truncated' };
    if (bytes[at] !== 0xff) return { status: 'corrupt' };
    while (bytes[at] === 0xff) at += 1;
    const marker = bytes[at];
    if (marker === undefined) return { status: 'truncated' };
    at += 1;
    if (isStandalone(marker)) continue;
    if (marker === SOS || marker === EOI) return { status: 'corrupt' };
    const length = u16(bytes, at);
    if (length === null) return { status: 'truncated' };
    if (length < 2) return { status: 'corrupt' };
    if (isStartOfFrame(marker)) {
      const height = u16(bytes, at + 3);
      const width = u16(bytes, at + 5);
      if (height === null || width === null) return { status: 'truncated' };
      if (height === 0 || width === 0) return { status: 'corrupt' };
      return { status: 'found', value: { width, height, orientation, camera } };
    }
    if (marker === APP1) {
      if (at + length > bytes.length) return { status: 'truncated' };
      const payload = bytes.subarray(at + 2, at + length);
      if (orientation === 1) orientation = readExifOrientation(payload);
      camera ||= hasCameraExif(payload);
    }
    at += length;
  }
}
