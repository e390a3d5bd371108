/** The preview's zoom (FAQ 12: the parent checks that the text can be read), as plain rules. */

export const MIN_SCALE = 1;
export const MAX_SCALE = 4;
/** Where a double tap or the zoom-in button goes from the whole picture. */
export const TAP_SCALE = 2.5;
/** Two taps closer than this are a double tap. */
export const DOUBLE_TAP_MS = 300;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export interface Point {
  clientX: number;
  clientY: number;
}

const distance = (a: Point, b: Point) => Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY);

/** The scale while two fingers move: the scale at the start, times how far they spread. */
export function pinchScale(startScale: number, start: [Point, Point], now: [Point, Point]) {
  const before = distance(start[0], start[1]);
  if (before < 1) return startScale;
  return clampScale((startScale * distance(now[0], now[1])) / before);
}

/** A double tap zooms in from the whole picture and back out from any zoom. */
export function doubleTapScale(scale: number): number {
  return scale > MIN_SCALE ? MIN_SCALE : TAP_SCALE;
}

/** One step of the zoom buttons, for those who cannot pinch. */
export function stepScale(scale: number, direction: 1 | -1): number {
  return clampScale(direction > 0 ? scale * 1.5 : scale / 1.5);
}
