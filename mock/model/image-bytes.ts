/**
 * What the gateway checks in an uploaded file's bytes (FAQ 12): JPEG or PNG by their magic
 * bytes, whatever the Content-Type says, the pixel size from the header, and that the picture is
 * all there (a JPEG's scan data reaches its end marker; a PNG's chunks reach IEND through pixel
 * data), so a photo cut off half way is refused even when a client let it through.
 */
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

/** Chunks that stay inside the file and run through pixel data (IDAT) to IEND. */
function pngComplete(b: Uint8Array): boolean {
  let at = 8;
  let sawData = false;
  while (at + 12 <= b.length) {
    const length = be32(b, at);
    const type = String.fromCharCode(
      b[at + 4] ?? 0,
      b[at + 5] ?? 0,
      b[at + 6] ?? 0,
      b[at + 7] ?? 0,
    );
    if (at + 12 + length > b.length) return false;
    if (type === 'IDAT' && length > 0) sawData = true;
    if (type === 'IEND') return sawData;
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
