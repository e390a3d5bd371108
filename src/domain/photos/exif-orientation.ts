import { ascii, u16, u32 } from './bytes';

const ORIENTATION_TAG = 0x0112;
const SHORT = 3;

/**
 * Reads the EXIF orientation (1-8) from an APP1 segment's payload, which starts with "Exif\0\0"
 * and a TIFF header. Phones store pixels as the sensor saw them and say how to turn them here,
 * so a document shot with the phone sideways stays readable only if this is applied (FAQ 12).
 */
export function readExifOrientation(app1: Uint8Array): number {
  if (ascii(app1, 0, 6) !== 'Exif\0\0') return 1;
  const tiff = app1.subarray(6);
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  if (u16(tiff, 2, little) !== 42) return 1;
  const ifd = u32(tiff, 4, little);
  const count = ifd === null ? null : u16(tiff, ifd, little);
  if (ifd === null || count === null) return 1;
  for (let i = 0; i < count; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (u16(tiff, entry, little) !== ORIENTATION_TAG) continue;
    if (u16(tiff, entry + 2, little) !== SHORT) return 1;
    const value = u16(tiff, entry + 8, little) ?? 1;
    return value >= 1 && value <= 8 ? value : 1;
  }
  return 1;
}

/** IFD0 tags a camera writes and chat apps strip: Make, Model, and the pointer to the EXIF IFD. */
const CAMERA_TAGS = [0x010f, 0x0110, 0x8769];

/**
 * Whether an APP1 segment's payload is EXIF a camera wrote (make, model or exposure data).
 * Chat apps re-encode forwarded pictures without it, so its absence is one sign of a thumbnail;
 * an original from a camera has it (FAQ 12: 不要误传微信缩略图).
 */
export function hasCameraExif(app1: Uint8Array): boolean {
  if (ascii(app1, 0, 6) !== 'Exif\0\0') return false;
  const tiff = app1.subarray(6);
  const little = ascii(tiff, 0, 2) === 'II';
  if (!little && ascii(tiff, 0, 2) !== 'MM') return false;
  const ifd = u32(tiff, 4, little);
  const count = ifd === null ? null : u16(tiff, ifd, little);
  if (ifd === null || count === null) return false;
  for (let i = 0; i < count; i += 1) {
    const tag = u16(tiff, ifd + 2 + i * 12, little);
    if (tag !== null && CAMERA_TAGS.includes(tag)) return true;
  }
  return false;
}

/**
 * A copy of a JPEG with an EXIF APP1 segment saying `orientation`, inserted after SOI. Used to
 * probe whether the browser turns photos itself, and to make sideways test photos by hand.
 */
export function withExifOrientation(
  jpeg: Uint8Array,
  orientation: number,
): Uint8Array<ArrayBuffer> {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new TypeError('not a JPEG');
  const segment = new Uint8Array([
    0xff,
    0xe1,
    0x00,
    0x22,
    ...[0x45, 0x78, 0x69, 0x66, 0x00, 0x00], // APP1, length 34, "Exif\0\0"
    ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08], // big-endian TIFF, IFD0 at 8
    ...[0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01], // 1 entry: Orientation SHORT x1
    ...[0x00, orientation & 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], // value, no next IFD
  ]);
  const result = new Uint8Array(jpeg.length + segment.length);
  result.set(jpeg.subarray(0, 2));
  result.set(segment, 2);
  result.set(jpeg.subarray(2), 2 + segment.length);
  return result;
}
