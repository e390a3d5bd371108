import { ascii, u16, u32 } from './bytes';
import { sniffImageFormat, type ImageFormat } from './image-format';
import { readJpegHeader, type HeaderScan } from './jpeg-header';

export interface ImageHeader {
  format: ImageFormat;
  /** Stored pixel size; null where only decoding can tell (HEIC, AVIF, TIFF, not an image). */
  width: number | null;
  height: number | null;
  /** EXIF orientation 1-8 (JPEG only; 1 otherwise). */
  orientation: number;
  /** Whether a camera's EXIF is present (JPEG only; false otherwise). */
  camera: boolean;
}

type Size = { width: number; height: number };

function sized(format: ImageFormat, size: Size | null, need: number, bytes: Uint8Array) {
  if (bytes.length < need) return { status: 'truncated' } as const;
  if (!size || size.width <= 0 || size.height <= 0) return { status: 'corrupt' } as const;
  return { status: 'found', value: { format, ...size, orientation: 1, camera: false } } as const;
}

function pngSize(bytes: Uint8Array): Size | null {
  if (ascii(bytes, 12, 4) !== 'IHDR') return null;
  return { width: u32(bytes, 16) ?? 0, height: u32(bytes, 20) ?? 0 };
}

function webpSize(bytes: Uint8Array): Size | null {
  const chunk = ascii(bytes, 12, 4);
  const b = (i: number) => bytes[i] ?? 0;
  if (chunk === 'VP8 ') {
    return {
      width: (u16(bytes, 26, true) ?? 0) & 0x3fff,
      height: (u16(bytes, 28, true) ?? 0) & 0x3fff,
    };
  }
  if (chunk === 'VP8L' && b(20) === 0x2f) {
    return {
      width: 1 + (((b(22) & 0x3f) << 8) | b(21)),
      height: 1 + (((b(24) & 0x0f) << 10) | (b(23) << 2) | ((b(22) & 0xc0) >> 6)),
    };
  }
  if (chunk === 'VP8X') {
    return {
      width: 1 + (b(24) | (b(25) << 8) | (b(26) << 16)),
      height: 1 + (b(27) | (b(28) << 8) | (b(29) << 16)),
    };
  }
  return null;
}

function bmpSize(bytes: Uint8Array): Size | null {
  if (u32(bytes, 14, true) === 12) {
    return { width: u16(bytes, 18, true) ?? 0, height: u16(bytes, 20, true) ?? 0 };
  }
  const width = u32(bytes, 18, true) ?? 0;
  const height = u32(bytes, 22, true) ?? 0;
  // Signed 32-bit: a negative height means rows stored top-down.
  return { width: width | 0, height: Math.abs(height | 0) };
}

/**
 * Reads format, pixel size and orientation from a file's first bytes, without decoding, so the
 * rules of FAQ 12 (not an image, thumbnail, absurd dimensions) run before any memory is spent.
 * 'truncated' asks the caller for more of the file; 'corrupt' means it cannot be a valid image.
 */
export function readImageHeader(bytes: Uint8Array): HeaderScan<ImageHeader> {
  const format = sniffImageFormat(bytes);
  switch (format) {
    case 'jpeg': {
      const scan = readJpegHeader(bytes);
      return scan.status === 'found' ? { status: 'found', value: { format, ...scan.value } } : scan;
    }
    case 'png':
      return sized(format, pngSize(bytes), 24, bytes);
    case 'gif':
      return sized(
        format,
        { width: u16(bytes, 6, true) ?? 0, height: u16(bytes, 8, true) ?? 0 },
        10,
        bytes,
      );
    case 'webp':
      return sized(format, webpSize(bytes), 30, bytes);
    case 'bmp':
      return sized(format, bmpSize(bytes), 26, bytes);
    default:
      return {
        status: 'found',
        value: { format, width: null, height: null, orientation: 1, camera: false },
      };
  }
}
