/** Canvas helpers for the H5 encoder: draw smaller, encode JPEG, and give the memory back. */

/** Encodes a canvas as JPEG; null when the browser refuses (canvas too large, out of memory). */
export function canvasToJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => {
    try {
      canvas.toBlob((blob) => resolve(blob), 'image/jpeg', quality);
    } catch {
      resolve(null);
    }
  });
}

/** Draws a canvas into a new, smaller one with the browser's best smoothing (white behind). */
export function drawSmaller(source: HTMLCanvasElement, width: number, height: number) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  return canvas;
}

/** A canvas turned clockwise by quarter turns: odd turns swap its sides. */
export function drawTurned(source: HTMLCanvasElement, quarterTurns: number): HTMLCanvasElement {
  const odd = quarterTurns % 2 === 1;
  const canvas = document.createElement('canvas');
  canvas.width = odd ? source.height : source.width;
  canvas.height = odd ? source.width : source.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  // With y pointing down, a positive angle turns clockwise.
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((quarterTurns * Math.PI) / 2);
  context.drawImage(source, -source.width / 2, -source.height / 2);
  return canvas;
}

/** Frees a canvas's pixels at once; iOS webviews otherwise keep them and crash later. */
export function freeCanvas(canvas: HTMLCanvasElement | null): void {
  if (!canvas) return;
  canvas.width = 0;
  canvas.height = 0;
}

/** Side of the square sample read back to tell a picture from one colour. */
const SAMPLE_SIDE = 128;

/**
 * Pixels picked from the drawn picture on a 128 x 128 grid (nearest neighbour, no smoothing, so
 * camera noise and thin text survive instead of averaging into grey), or null when the browser
 * will not read pixels back (a canvas over its memory budget). The domain decides whether they
 * are nearly one colour.
 */
export function samplePixels(source: HTMLCanvasElement): Uint8ClampedArray | null {
  if (source.width === 0 || source.height === 0) return null;
  const sample = document.createElement('canvas');
  try {
    sample.width = SAMPLE_SIDE;
    sample.height = SAMPLE_SIDE;
    const context = sample.getContext('2d');
    if (!context) return null;
    context.imageSmoothingEnabled = false;
    context.drawImage(source, 0, 0, SAMPLE_SIDE, SAMPLE_SIDE);
    return context.getImageData(0, 0, SAMPLE_SIDE, SAMPLE_SIDE).data;
  } catch {
    return null;
  } finally {
    freeCanvas(sample);
  }
}
