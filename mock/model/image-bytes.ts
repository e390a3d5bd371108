/**
 * What the gateway checks in an uploaded file's bytes (FAQ 12): JPEG or PNG by their magic
 * bytes, whatever the Content-Type says, and the pixel size from the header.
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

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image a file really is, or null for anything but a readable JPEG or PNG. */
export function readImageFacts(bytes: Uint8Array): ImageFacts | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    const size = jpegSize(bytes);
    return size && size.width > 0 && size.height > 0 ? { mimeType: 'image/jpeg', ...size } : null;
  }
  if (PNG_SIGNATURE.every((value, i) => bytes[i] === value) && bytes.length >= 24) {
    const width = be32(bytes, 16);
    const height = be32(bytes, 20);
    return width > 0 && height > 0 ? { mimeType: 'image/png', width, height } : null;
  }
  return null;
}
