/** How far (0-255, any channel) a pixel must be from the picture's mean colour to count as content. */
const CONTENT_DISTANCE = 16;
/** Below this share of content pixels a picture is one colour: nothing a reviewer could read. */
const MIN_CONTENT_SHARE = 0.001;

/**
 * Whether a small RGBA sample of a picture (e.g. 128 x 128, drawn from the decoded photo) is
 * nearly one colour. A camera JPEG whose image data is missing decodes all black or all grey,
 * and a picture with nothing on it is no document: both must be refused, not shown as 通过.
 * Even a sparse page of text has far more than 0.1 % of its pixels away from the paper colour.
 */
export function isNearlyOneColour(rgba: ArrayLike<number>): boolean {
  const pixels = Math.floor(rgba.length / 4);
  if (pixels === 0) return true;
  const at = (i: number) => rgba[i] ?? 0;
  let red = 0;
  let green = 0;
  let blue = 0;
  for (let i = 0; i < pixels * 4; i += 4) {
    red += at(i);
    green += at(i + 1);
    blue += at(i + 2);
  }
  red /= pixels;
  green /= pixels;
  blue /= pixels;
  let content = 0;
  for (let i = 0; i < pixels * 4; i += 4) {
    const distance = Math.max(
      Math.abs(at(i) - red),
      Math.abs(at(i + 1) - green),
      Math.abs(at(i + 2) - blue),
    );
    if (distance > CONTENT_DISTANCE) content += 1;
  }
  return content / pixels < MIN_CONTENT_SHARE;
}
