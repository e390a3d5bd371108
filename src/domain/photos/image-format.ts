import { ascii, u32 } from './bytes';

/** Image kinds told apart by their first bytes; the declared type and file name can lie. */
export type ImageFormat =
  'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'heic' | 'avif' | 'tiff' | 'unknown';

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];
const AVIF_BRANDS = ['avif', 'avis'];
/** Sizes of the BMP info headers that exist; two bytes 'BM' alone are too weak a sign. */
const BMP_INFO_SIZES = [12, 40, 52, 56, 64, 108, 124];

function isoBrand(bytes: Uint8Array): ImageFormat {
  if (ascii(bytes, 4, 4) !== 'ftyp') return 'unknown';
  const major = ascii(bytes, 8, 4);
  if (AVIF_BRANDS.includes(major)) return 'avif';
  if (HEIF_BRANDS.includes(major)) return 'heic';
  return 'unknown';
}

/**
 * The format a file really has, by its magic bytes. iPhones and some Android phones save HEIC,
 * which many webviews cannot decode: knowing it lets us tell the parent how to take a JPEG
 * instead of calling the photo broken (FAQ 12).
 */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  const six = ascii(bytes, 0, 6);
  if (six === 'GIF87a' || six === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 2) === 'BM' && BMP_INFO_SIZES.includes(u32(bytes, 14, true) ?? 0)) {
    return 'bmp';
  }
  const four = ascii(bytes, 0, 4);
  if (four === 'II*\0' || four === 'MM\0*') return 'tiff';
  return isoBrand(bytes);
}
