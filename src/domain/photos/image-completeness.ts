import { ascii, u16, u32 } from './bytes';
import type { ImageFormat } from './image-format';

const SOS = 0xda;
const EOI = 0xd9;

/** Index of the first start-of-scan marker after the header segments, or -1. */
function startOfScan(bytes: Uint8Array): number {
  let at = 2;
  while (at + 3 < bytes.length) {
    if (bytes[at] !== 0xff) return -1;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === SOS) return at;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    at += 2 + (u16(bytes, at + 2) ?? 0);
  }
  return -1;
}

/**
 * A JPEG is whole when its scan data ends in the end-of-image marker. Inside scan data a 0xFF
 * byte is always followed by 0x00 or a restart marker, so the first FF D9 after the scan is the
 * real end, even when a phone appends a motion photo's video after it.
 */
function jpegComplete(bytes: Uint8Array): boolean {
  const sos = startOfScan(bytes);
  if (sos < 0) return false;
  const dataStart = sos + 2 + (u16(bytes, sos + 2) ?? 0);
  for (let at = dataStart; at + 1 < bytes.length; at += 1) {
    if (bytes[at] === 0xff && bytes[at + 1] === EOI) return at > dataStart;
  }
  return false;
}

/** A PNG is whole when its chunks, each inside the file, run through pixel data to IEND. */
function pngComplete(bytes: Uint8Array): boolean {
  let at = 8;
  let sawData = false;
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at) ?? 0;
    const type = ascii(bytes, at + 4, 4);
    if (at + 12 + length > bytes.length) return false;
    if (type === 'IDAT' && length > 0) sawData = true;
    if (type === 'IEND') return sawData;
    at += 12 + length;
  }
  return false;
}

/** A GIF is whole when its blocks reach the trailer byte (0x3B) at or before the end. */
function gifComplete(bytes: Uint8Array): boolean {
  return bytes.lastIndexOf(0x3b) > 13;
}

/** RIFF (WebP) and BMP say their own length: the file must hold at least that much. */
function declaredLengthFits(bytes: Uint8Array, format: 'webp' | 'bmp'): boolean {
  const declared = format === 'webp' ? (u32(bytes, 4, true) ?? 0) + 8 : (u32(bytes, 2, true) ?? 0);
  return declared > 0 && declared <= bytes.length;
}

/**
 * Whether a file holds all of its picture, read from the structure of its bytes. A phone that
 * stopped writing half way (storage full, the app killed) leaves a file whose header is fine and
 * which a browser shows with the rest blank: such a photo must be refused, not uploaded (FAQ 12
 * "照片应清晰"). Formats whose structure we do not read (HEIC, AVIF, TIFF) answer true: their
 * decoder is the judge.
 */
export function isImageComplete(bytes: Uint8Array, format: ImageFormat): boolean {
  switch (format) {
    case 'jpeg':
      return jpegComplete(bytes);
    case 'png':
      return pngComplete(bytes);
    case 'gif':
      return gifComplete(bytes);
    case 'webp':
    case 'bmp':
      return declaredLengthFits(bytes, format);
    default:
      return true;
  }
}
