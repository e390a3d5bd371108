import { ascii, u16, u32 } from './bytes';

const SOS = 0xda;
const EOI = 0xd9;
/** APP0 (JFIF), APP2 (ICC colour profile) and APP14 (Adobe colour transform) change the colours. */
const KEPT_APP_MARKERS = [0xe0, 0xe2, 0xee];
/** PNG chunks that change how pixels look; text, EXIF and time chunks are dropped. */
const KEPT_PNG_CHUNKS = [
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
];

function isMetadata(marker: number): boolean {
  const app = marker >= 0xe0 && marker <= 0xef;
  return (app && !KEPT_APP_MARKERS.includes(marker)) || marker === 0xfe;
}

function joined(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A JPEG without its metadata: EXIF (with the location a phone writes), XMP, IPTC, maker notes
 * and comments are cut out as whole segments, and anything after the end marker (a motion
 * photo's video) is dropped. Tables, frame and scan data are copied byte for byte, so the picture
 * is exactly the one the parent chose, never re-encoded. Null when the structure is not whole.
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === undefined) return null;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === SOS) break;
    const length = u16(bytes, at + 2);
    if (length === null || length < 2 || at + 2 + length > bytes.length) return null;
    if (!isMetadata(marker)) parts.push(bytes.subarray(at, at + 2 + length));
    at += 2 + length;
  }
  const scanStart = at;
  for (at = scanStart + 2; at + 1 < bytes.length; at += 1) {
    if (bytes[at] === 0xff && bytes[at + 1] === EOI) {
      parts.push(bytes.subarray(scanStart, at + 2));
      return joined(parts);
    }
  }
  return null;
}

/**
 * A PNG without its text, EXIF and time chunks: every chunk that draws the picture is copied
 * byte for byte (with its CRC), so nothing is re-encoded. Null when the chunks are not whole.
 */
export function stripPngMetadata(bytes: Uint8Array): Uint8Array | null {
  if (ascii(bytes, 1, 3) !== 'PNG') return null;
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at) ?? 0;
    const type = ascii(bytes, at + 4, 4);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    if (KEPT_PNG_CHUNKS.includes(type)) parts.push(bytes.subarray(at, end));
    if (type === 'IEND') return joined(parts);
    at = end;
  }
  return null;
}
