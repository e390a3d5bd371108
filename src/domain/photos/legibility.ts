import type { ImageFormat } from './image-format';
import { PHOTO_LIMITS, type PhotoLimits } from './photo-limits';
import type { Size } from './plan-size';

/** What the pixels of a photo say about reading it: fine, to check by eye, or refused (and why). */
export type Legibility = 'legible' | 'borderline' | 'thumbnail' | 'too-small';

export interface LegibilityEvidence {
  /** The upright size. */
  size: Size;
  format: ImageFormat;
  /** Whether the file carries a camera's EXIF (make, model, exposure). */
  camera: boolean;
}

/** Formats chat apps re-encode forwarded pictures into. */
const CHAT_FORMATS: ImageFormat[] = ['jpeg', 'webp'];

/**
 * Tells a chat thumbnail from a legible original (FAQ 12: 照片应清晰，不要误传微信缩略图), rather
 * than refusing everything under 1000 px. A chat app's "standard" picture is re-encoded to a long
 * side of at most 1280 px with the camera's EXIF removed: only that, under the legible short
 * side, gets the chat advice (查看原图). An original is judged by its pixel density for the
 * material: an A4 page needs a short side of about 600 px (72 dpi) to be read at all, a long
 * narrow receipt about 300 px across; between that and the legible size (1000 px, 600 px for
 * receipts) the parent is asked to zoom in and check, and below it to shoot closer or rescan.
 */
export function judgeLegibility(
  evidence: LegibilityEvidence,
  limits: PhotoLimits = PHOTO_LIMITS,
): Legibility {
  const long = Math.max(evidence.size.width, evidence.size.height);
  const short = Math.min(evidence.size.width, evidence.size.height);
  const narrow = long / short > limits.narrowAspectRatio;
  const legible = narrow ? limits.narrowLegibleShortSide : limits.minShortSide;
  const readable = narrow ? limits.narrowReadableShortSide : limits.readableShortSide;
  if (short >= legible) return 'legible';
  const chat =
    CHAT_FORMATS.includes(evidence.format) && !evidence.camera && long <= limits.chatLongSide;
  if (chat) return 'thumbnail';
  return short < readable ? 'too-small' : 'borderline';
}
