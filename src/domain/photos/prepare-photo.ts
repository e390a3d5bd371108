import {
  fitToBudget,
  type EncodeAttempt,
  type EncodedPhoto,
  type PhotoEncoder,
} from './fit-budget';
import type { ImageFormat } from './image-format';
import { isImageComplete } from './image-completeness';
import { readImageHeader } from './image-header';
import { keptSource, type KeptSource } from './keep-source';
import { judgeLegibility, type Legibility } from './legibility';
import { isNearlyOneColour } from './pixel-spread';
import {
  checkDimensions,
  checkFileSize,
  undecodableProblem,
  unknownFormatProblem,
  type PhotoProblem,
} from './photo-rules';
import { orientedSize, planOutputSize, turnedSize, type Size } from './plan-size';

/** What the platform tells us about a chosen file, and how to decode and encode it. */
export interface PhotoSource<T> {
  byteLength: number;
  /** The type the picker or file system declared (may be wrong or empty). */
  declaredType: string;
  /** Clockwise quarter turns the parent asked for on top of EXIF (a page shot sideways). */
  quarterTurns?: number;
  /** The file's first `length` bytes (all of it when shorter). */
  readHead(length: number): Promise<Uint8Array>;
  /** The upright size after decoding; null when this device cannot decode the file. */
  decodedSize(format: ImageFormat): Promise<Size | null>;
  /** An encoder for this file; `release` frees its canvases and temporary files. */
  openEncoder(facts: SourceFacts): PhotoEncoderSession<T>;
  /**
   * The platform's form of bytes to send as they are (the file stripped of its metadata); absent
   * where the platform cannot make one, and then every photo is re-encoded.
   */
  wrap?(bytes: Uint8Array, mimeType: 'image/jpeg' | 'image/png'): T;
}

export interface PhotoEncoderSession<T> {
  encode: PhotoEncoder<T>;
  /**
   * A small RGBA sample (about 128 x 128) of the decoded picture after the first encode, or null
   * where the platform cannot read pixels back (the mini-program's native encoder).
   */
  sample?(): ArrayLike<number> | null;
  release(): void;
}

export interface SourceFacts {
  format: ImageFormat;
  /** True when legible only perhaps: the parent is asked to zoom in on the preview and check. */
  borderline: boolean;
  /** EXIF orientation of the stored pixels (1-8). */
  orientation: number;
  /** Clockwise quarter turns (0-3) to apply after EXIF, asked for by the parent. */
  quarterTurns: number;
  /** The size the parent sees, after EXIF and the parent's turns. */
  size: Size;
}

/** Thrown by a platform encoder when the image itself cannot be decoded (not a canvas failure). */
export class PhotoDecodeError extends Error {
  constructor() {
    super('the image could not be decoded');
    this.name = 'PhotoDecodeError';
  }
}

export type PrepareOutcome<T> =
  | {
      ok: true;
      photo: EncodedPhoto<T>;
      attempt: EncodeAttempt;
      size: Size;
      source: SourceFacts;
      mimeType: 'image/jpeg' | 'image/png';
      /** True when the parent's own file (without its metadata) is sent, not a new JPEG. */
      kept: boolean;
    }
  | { ok: false; problem: PhotoProblem | 'cancelled' };

/** The long side of the one small draw that checks the pixels of a file sent as it is. */
const PROBE_LONG_SIDE = 256;

/** Enough of a file for any JPEG header we expect; the whole file is read only if it is not. */
const HEAD_BYTES = 256 * 1024;

interface ReadFacts {
  facts: SourceFacts;
  /** The whole file, where its structure was read. */
  whole: Uint8Array | null;
}

async function readFacts<T>(source: PhotoSource<T>): Promise<ReadFacts | PhotoProblem> {
  let head = await source.readHead(HEAD_BYTES);
  const whole = async () => {
    if (head.length < source.byteLength) head = await source.readHead(source.byteLength);
    return head;
  };
  let scan = readImageHeader(head);
  if (scan.status === 'truncated' && head.length < source.byteLength) {
    scan = readImageHeader(await whole());
  }
  if (scan.status !== 'found') return 'corrupt';
  const { format, width, height, orientation } = scan.value;
  if (format === 'unknown') return unknownFormatProblem(source.declaredType);
  if (width !== null && height !== null) {
    const size = orientedSize({ width, height }, orientation);
    const legibility = judgeLegibility({ size, format, camera: scan.value.camera });
    const problem = checkDimensions(size) ?? legibilityProblem(legibility);
    if (problem) return problem;
    // Only now, with the header's rules passed, is the whole file worth reading.
    const bytes = await whole();
    if (!isImageComplete(bytes, format)) return 'incomplete';
    const borderline = legibility === 'borderline';
    const quarterTurns = turnsOf(source);
    const turned = turnedSize(size, quarterTurns);
    return { facts: { format, borderline, orientation, quarterTurns, size: turned }, whole: bytes };
  }
  const decoded = await source.decodedSize(format);
  if (!decoded) return undecodableProblem(format);
  // Chat apps never forward HEIC: a HEIC file comes from a camera.
  const legibility = judgeLegibility({ size: decoded, format, camera: format === 'heic' });
  const problem = checkDimensions(decoded) ?? legibilityProblem(legibility);
  if (problem) return problem;
  const borderline = legibility === 'borderline';
  const quarterTurns = turnsOf(source);
  const size = turnedSize(decoded, quarterTurns);
  return { facts: { format, borderline, orientation, quarterTurns, size }, whole: null };
}

function turnsOf<T>(source: PhotoSource<T>): number {
  const turns = Math.round(source.quarterTurns ?? 0) % 4;
  return turns < 0 ? turns + 4 : turns;
}

function legibilityProblem(legibility: Legibility): PhotoProblem | null {
  return legibility === 'thumbnail' || legibility === 'too-small' ? legibility : null;
}

function keptOutcome<T>(
  wrap: NonNullable<PhotoSource<T>['wrap']>,
  kept: KeptSource,
  facts: SourceFacts,
): PrepareOutcome<T> {
  const photo = {
    payload: wrap(kept.bytes, kept.mimeType),
    bytes: kept.bytes.length,
    head: kept.bytes.subarray(0, HEAD_BYTES),
    fromSource: false,
  };
  const attempt = { ...facts.size, quality: 1 };
  return {
    ok: true,
    photo,
    attempt,
    size: facts.size,
    source: facts,
    mimeType: kept.mimeType,
    kept: true,
  };
}

/**
 * Everything FAQ 12 asks of a photo before upload, on the device: reads type, byte size and
 * pixel size; refuses empty, non-image, corrupt, undecodable (HEIC), thumbnail and absurdly large
 * files, and pictures cut off or nearly one colour, each with its own reason; then compresses to a fresh upright JPEG under 5 MB (about 1 MB
 * for a normal phone photo). Platform work comes in through `source`.
 */
export async function preparePhotoFrom<T>(
  source: PhotoSource<T>,
  options: { isCancelled?: () => boolean } = {},
): Promise<PrepareOutcome<T>> {
  const sizeProblem = checkFileSize(source.byteLength);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  const read = await readFacts(source);
  if (typeof read === 'string') return { ok: false, problem: read };
  if (options.isCancelled?.()) return { ok: false, problem: 'cancelled' };
  const { facts, whole } = read;
  const wrap = source.wrap;
  // A turned photo is always drawn again; only an untouched one can go as it is.
  const kept = wrap && whole && facts.quarterTurns === 0 ? keptSource(whole, facts) : null;
  const encoder = source.openEncoder(facts);
  const blank = () => {
    const sample = encoder.sample?.() ?? null;
    return sample !== null && isNearlyOneColour(sample);
  };
  try {
    if (wrap && kept?.meetsLimits) {
      // One small draw decodes the picture, so a file sent as it is passes the same pixel check.
      await encoder.encode({ ...planOutputSize(facts.size, PROBE_LONG_SIDE), quality: 0.5 });
      if (blank()) return { ok: false, problem: 'incomplete' };
      return keptOutcome(wrap, kept, facts);
    }
    const fit = await fitToBudget(facts.size, encoder.encode, options);
    if (!fit.ok) return { ok: false, problem: fit.problem };
    if (blank()) return { ok: false, problem: 'incomplete' };
    if (wrap && kept && kept.bytes.length <= fit.photo.bytes) {
      return keptOutcome(wrap, kept, facts);
    }
    const { photo, attempt, size } = fit;
    return { ok: true, photo, attempt, size, source: facts, mimeType: 'image/jpeg', kept: false };
  } catch (error) {
    if (error instanceof PhotoDecodeError) {
      return { ok: false, problem: undecodableProblem(facts.format) };
    }
    return { ok: false, problem: 'compress-failed' };
  } finally {
    encoder.release();
  }
}
