import { checkEncodedOutput, type OutputProblem } from './check-output';
import { PHOTO_LIMITS, type PhotoLimits } from './photo-limits';
import { longSide, planOutputSize, type Size } from './plan-size';

export interface EncodeAttempt extends Size {
  /** JPEG quality, 0-1. */
  quality: number;
}

export interface EncodedPhoto<T> {
  /** The encoded file in the platform's form (H5: a Blob; weapp: a temporary file path). */
  payload: T;
  bytes: number;
  /** The output's first bytes, enough for its JPEG header. */
  head: Uint8Array;
  /** True when the encoder handed back the source instead of a new file. */
  fromSource: boolean;
}

/** Draws the source upright at a size and encodes it as JPEG (compressorjs, Taro, or a fake). */
export type PhotoEncoder<T> = (attempt: EncodeAttempt) => Promise<EncodedPhoto<T>>;

export type FitResult<T> =
  | {
      ok: true;
      photo: EncodedPhoto<T>;
      attempt: EncodeAttempt;
      /** The output's own pixel size, from its header (within 2 px of the attempt's). */
      size: Size;
      attempts: number;
      overSoft: boolean;
    }
  | { ok: false; problem: 'compress-failed'; output: OutputProblem | 'no-fit'; attempts: number }
  | { ok: false; problem: 'cancelled'; attempts: number };

/** Qualities tried in turn: documents stay legible down to 0.6. */
export const QUALITY_STEPS = [0.92, 0.88, 0.84, 0.8, 0.75, 0.7, 0.65, 0.6] as const;
/** JPEG bytes fall roughly as exp(-5 * quality drop); used to skip steps that cannot fit. */
const BYTES_PER_QUALITY_LOG = 5;
const MAX_ATTEMPTS = 14;

function nextQuality(quality: number, bytes: number, budget: number): number | null {
  const wanted = quality - Math.log(bytes / budget) / BYTES_PER_QUALITY_LOG;
  const lower = QUALITY_STEPS.filter((step) => step < quality - 1e-9);
  return lower.find((step) => step <= wanted) ?? lower[lower.length - 1] ?? null;
}

function shrink(long: number, bytes: number, budget: number): number {
  // Bytes grow with the pixel count: scale the side by the square root, with a margin.
  const factor = Math.min(0.9, Math.max(0.5, Math.sqrt(budget / bytes) * 0.95));
  return Math.floor(long * factor);
}

/**
 * The size-fitting loop of FAQ 12. Starts at the legible size (long side 2339 px, or the
 * source's if smaller) and the best quality; lowers quality step by step until the photo is under
 * about 1 MB. A photo still over 1 MB at the lowest quality is kept at the legible size if it is
 * under 5 MB; otherwise the size shrinks until it fits 5 MB. Every output is checked, so the
 * original can never be uploaded by accident.
 */
export async function fitToBudget<T>(
  source: Size,
  encode: PhotoEncoder<T>,
  options: { isCancelled?: () => boolean; limits?: PhotoLimits } = {},
): Promise<FitResult<T>> {
  const limits = options.limits ?? PHOTO_LIMITS;
  let long = Math.min(longSide(source), limits.legibleLongSide);
  let quality: number = QUALITY_STEPS[0];
  let budget = limits.softBytes;
  let attempts = 0;
  while (attempts < MAX_ATTEMPTS) {
    if (options.isCancelled?.()) return { ok: false, problem: 'cancelled', attempts };
    attempts += 1;
    const attempt = { ...planOutputSize(source, long), quality };
    const photo = await encode(attempt);
    const output = checkEncodedOutput(photo.head, photo.fromSource, attempt);
    if (!output.ok)
      return { ok: false, problem: 'compress-failed', output: output.problem, attempts };
    const overSoft = photo.bytes > limits.softBytes;
    const done = { ok: true as const, photo, attempt, size: output.size, attempts, overSoft };
    if (photo.bytes <= budget) return done;
    const lower = nextQuality(quality, photo.bytes, budget);
    if (lower !== null) {
      quality = lower;
      continue;
    }
    if (budget === limits.softBytes && photo.bytes <= limits.hardBytes) return done;
    budget = limits.hardBytes;
    long = shrink(long, photo.bytes, budget);
    if (long < limits.minOutputLongSide) break;
  }
  return { ok: false, problem: 'compress-failed', output: 'no-fit', attempts };
}
