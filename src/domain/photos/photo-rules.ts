import type { ImageFormat } from './image-format';
import { PHOTO_LIMITS } from './photo-limits';
import type { Size } from './plan-size';

/**
 * Why a chosen file cannot be used. Each has its own message telling the parent what to do
 * (src/messages/zh-cn/photos.ts), as FAQ 12 explains what a usable photo is.
 */
export type PhotoProblem =
  | 'empty'
  | 'not-image'
  | 'corrupt'
  | 'incomplete'
  | 'heic-unsupported'
  | 'type-unsupported'
  | 'thumbnail'
  | 'too-small'
  | 'absurd-dimensions'
  | 'source-too-big'
  | 'compress-failed';

/** Rules on the file itself, before its header is read: empty, or too big to read safely. */
export function checkFileSize(byteLength: number): PhotoProblem | null {
  if (byteLength === 0) return 'empty';
  if (byteLength > PHOTO_LIMITS.maxSourceBytes) return 'source-too-big';
  return null;
}

/** A file whose first bytes are no image we know: not an image, or a damaged one claiming to be. */
export function unknownFormatProblem(declaredType: string): PhotoProblem {
  return declaredType.toLowerCase().startsWith('image/') ? 'corrupt' : 'not-image';
}

/**
 * Pixel-size rules of FAQ 12 that come before legibility (src/domain/photos/legibility.ts), on
 * the size the parent sees: sizes that would exhaust memory or that no document has.
 */
export function checkDimensions(size: Size): PhotoProblem | null {
  const long = Math.max(size.width, size.height);
  const short = Math.min(size.width, size.height);
  if (short <= 0) return 'corrupt';
  if (size.width * size.height > PHOTO_LIMITS.maxSourcePixels) return 'absurd-dimensions';
  if (long / short > PHOTO_LIMITS.maxAspectRatio) return 'absurd-dimensions';
  return null;
}

/** Why this device could not decode a file of a recognised format: HEIC gets its own advice. */
export function undecodableProblem(format: ImageFormat): PhotoProblem {
  if (format === 'heic') return 'heic-unsupported';
  if (format === 'avif' || format === 'tiff') return 'type-unsupported';
  return 'corrupt';
}
