/**
 * What the gateway checks in an uploaded file's bytes (FAQ 12): JPEG or PNG by their magic
 * bytes, whatever the Content-Type says, the pixel size from the header, and that the picture is
 * all there (a JPEG's scan data reaches its end marker; a PNG's chunks reach IEND through pixel
 * data that inflates to the announced size), so a photo cut off half way is refused even when a
 * client let it through.
 */
import { inflateZlib } from './inflate';

export interface ImageFacts {
  mimeType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

const be16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const be32 = (b: Uint8Array, at: number) => be16(b, at) * 0x10000 + be16(b, at + 2);

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null;
    const frame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (frame) return { height: be16(b, at + 5), width: be16(b, at + 7) };
    at += 2 + be16(b, at + 2);
  }
  return null;
}

function indexOfMarker(b: Uint8Array, marker: number, from: number): number {
  for (let at = from; at + 1 < b.length; at += 1) {
    if (b[at] === 0xff && b[at + 1] === marker) return at;
  }
  return -1;
}

/** Scan data after the frame header that ends in the end-of-image marker (FF D9). */
function jpegComplete(b: Uint8Array): boolean {
  const scan = indexOfMarker(b, 0xda, 4);
  if (scan < 0) return false;
  const end = indexOfMarker(b, 0xd9, scan + 4);
  return end > scan + 4;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
// Adam7 passes: column start, row start, column step, row step.
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** Bytes the filtered scanlines of an image take: a filter byte and the pixels of each row. */
function scanlineBytes(width: number, height: number, bitsPerPixel: number, interlaced: boolean) {
  const rows = (w: number, h: number) =>
    w > 0 && h > 0 ? h * (1 + Math.ceil((w * bitsPerPixel) / 8)) : 0;
  if (!interlaced) return rows(width, height);
  return ADAM7.reduce((total, [x0 = 0, y0 = 0, dx = 1, dy = 1]) => {
    return total + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy));
  }, 0);
}

/**
 * Chunks that stay inside the file, run through pixel data (IDAT) to IEND, and whose pixel data
 * inflates to exactly the size the header announces: a PNG cut off or padded inside is refused.
 */
function pngComplete(b: Uint8Array): boolean {
  if (String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return false;
  const width = be32(b, 16);
  const height = be32(b, 20);
  const bitsPerPixel = (b[24] ?? 0) * (CHANNELS[b[25] ?? -1] ?? 0);
  const expected = scanlineBytes(width, height, bitsPerPixel, b[28] === 1);
  if (expected <= 0) return false;
  const data: Uint8Array[] = [];
  let at = 8;
  while (at + 12 <= b.length) {
    const length = be32(b, at);
    const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
    if (at + 12 + length > b.length) return false;
    if (type === 'IDAT') data.push(b.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') {
      const joined = new Uint8Array(data.reduce((total, part) => total + part.length, 0));
      let offset = 0;
      for (const part of data) {
        joined.set(part, offset);
        offset += part.length;
      }
      // One byte of room: a stream that would grow past the announced size is refused too.
      return inflateZlib(joined, expected + 1)?.length === expected;
    }
    at += 12 + length;
  }
  return false;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image a file really is, or null for anything but a whole, readable JPEG or PNG. */
export function readImageFacts(bytes: Uint8Array): ImageFacts | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    const size = jpegSize(bytes);
    if (!size || size.width <= 0 || size.height <= 0 || !jpegComplete(bytes)) return null;
    return { mimeType: 'image/jpeg', ...size };
  }
  const isPng = PNG_SIGNATURE.every((value, i) => bytes[i] === value) && bytes.length >= 24;
  if (isPng && pngComplete(bytes)) {
    const width = be32(bytes, 16);
    const height = be32(bytes, 20);
    return width > 0 && height > 0 ? { mimeType: 'image/png', width, height } : null;
  }
  return null;
}
