import { PHOTO_LIMITS } from './photo-limits';

export interface Size {
  width: number;
  height: number;
}

/** The longer side of a size. */
export function longSide(size: Size): number {
  return Math.max(size.width, size.height);
}

/** The size a parent sees: EXIF orientations 5-8 turn the stored pixels by 90 degrees. */
export function orientedSize(stored: Size, orientation: number): Size {
  return orientation >= 5 && orientation <= 8
    ? { width: stored.height, height: stored.width }
    : { width: stored.width, height: stored.height };
}

/** The size after turning a picture by quarter turns: odd turns swap its sides. */
export function turnedSize(size: Size, quarterTurns: number): Size {
  return quarterTurns % 2 === 1
    ? { width: size.height, height: size.width }
    : { width: size.width, height: size.height };
}

/**
 * Shrinking by less than this share of the long side saves almost no bytes and only blurs: a
 * 1080 x 2340 screenshot keeps its 2340 px instead of losing one to reach 2339.
 */
const MIN_RESAMPLE_SHARE = 0.01;

/**
 * The output size for a long side: never upscaled, never above the iOS canvas limit (4096 px),
 * never shrunk by under 1 %, aspect ratio kept. FAQ 12 wants documents legible, so callers ask
 * for >= 2339 px where they can.
 */
export function planOutputSize(source: Size, wantedLongSide: number): Size {
  const long = longSide(source);
  const wanted = Math.round(wantedLongSide);
  const close = long <= wanted * (1 + MIN_RESAMPLE_SHARE);
  const target = Math.min(close ? long : wanted, PHOTO_LIMITS.maxLongSide);
  const scale = target / long;
  return {
    width: Math.max(1, Math.round(source.width * scale)),
    height: Math.max(1, Math.round(source.height * scale)),
  };
}
