import type { ImageFormat } from './image-format';
import { PHOTO_LIMITS, type PhotoLimits } from './photo-limits';
import { longSide, type Size } from './plan-size';
import { stripJpegMetadata, stripPngMetadata } from './strip-metadata';

/** The chosen file itself, stripped of its metadata, as a candidate to send instead of a new JPEG. */
export interface KeptSource {
  bytes: Uint8Array;
  mimeType: 'image/jpeg' | 'image/png';
  /** True when it meets every limit by itself: it is sent as it is, without comparing. */
  meetsLimits: boolean;
}

/**
 * Whether the parent's own file can be sent instead of a re-encoded one (never send a file
 * larger than needed): only JPEG and PNG (the formats the gateway takes), stored upright (an
 * EXIF turn would be lost with the metadata), within the canvas limit and 5 MB. It meets every
 * limit when it is also under the 1 MB a normal photo ends at; otherwise the caller sends it
 * only if it is smaller than the JPEG it would become (a 1-bit PNG scan often is).
 */
export function keptSource(
  bytes: Uint8Array,
  facts: { format: ImageFormat; orientation: number; size: Size },
  limits: PhotoLimits = PHOTO_LIMITS,
): KeptSource | null {
  if (facts.orientation !== 1 || longSide(facts.size) > limits.maxLongSide) return null;
  const stripped =
    facts.format === 'jpeg'
      ? stripJpegMetadata(bytes)
      : facts.format === 'png'
        ? stripPngMetadata(bytes)
        : null;
  if (!stripped || stripped.length > limits.hardBytes) return null;
  return {
    bytes: stripped,
    mimeType: facts.format === 'png' ? 'image/png' : 'image/jpeg',
    meetsLimits: stripped.length <= limits.softBytes,
  };
}
