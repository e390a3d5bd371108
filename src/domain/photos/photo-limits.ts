import { MAX_UPLOAD_BYTES } from '@contract';

/** The numbers behind FAQ 12 ("5M以内", "照片应清晰", "不要误传微信缩略图"), in one place. */
export const PHOTO_LIMITS = {
  /** The gateway refuses anything larger (FAQ 12: 5 MB). */
  hardBytes: MAX_UPLOAD_BYTES,
  /** Where a normal phone photo should end up, so it uploads on a weak network. */
  softBytes: 1024 * 1024,
  /** A short side of this is legible without doubt (about 120 dpi across an A4 page). */
  minShortSide: 1000,
  /** Under this short side an A4 page cannot be read at all (about 72 dpi). */
  readableShortSide: 600,
  /** Longer than this ratio a picture is a long narrow document (a receipt), judged across. */
  narrowAspectRatio: 2.5,
  /** A receipt 80 mm across is legible from this many pixels across (about 190 dpi). */
  narrowLegibleShortSide: 600,
  /** ... and cannot be read under this (about 95 dpi). */
  narrowReadableShortSide: 300,
  /** Chat apps send pictures without "original" re-encoded to at most this long side. */
  chatLongSide: 1280,
  /** 200 dpi along an A4 page's long side (297 mm): the output keeps this where the source has it. */
  legibleLongSide: 2339,
  /** The canvas limit of iOS webviews: nothing is drawn larger. */
  maxLongSide: 4096,
  /** Decoding more than this would exhaust an old phone's memory. */
  maxSourcePixels: 100_000_000,
  /** Longer than 10:1 is no document photo (and would shrink to an unreadable strip). */
  maxAspectRatio: 10,
  /** Reading a larger file into memory is not safe on an old phone. */
  maxSourceBytes: 50 * 1024 * 1024,
  /** The 5 MB fallback never shrinks a photo's long side below this. */
  minOutputLongSide: 1000,
} as const;

export type PhotoLimits = typeof PHOTO_LIMITS;
