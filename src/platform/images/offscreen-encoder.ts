/**
 * The photo encoder of the preparation worker: decodes with createImageBitmap and draws and
 * encodes on an OffscreenCanvas, so none of it blocks the page (FAQ 12 on phones of every age).
 * Runs only where the worker's probe found all of this (photo-prep.worker.ts).
 */
import type { EncodeAttempt, EncodedPhoto } from '@/domain/photos/fit-budget';
import {
  PhotoDecodeError,
  type PhotoEncoderSession,
  type SourceFacts,
} from '@/domain/photos/prepare-photo';
import { turnedSize } from '@/domain/photos/plan-size';

const HEAD_BYTES = 64 * 1024;
/** Side of the square sample read back to tell a picture from one colour. */
const SAMPLE_SIDE = 128;

/** Bytes of part of a Blob; Response works in every worker that has OffscreenCanvas. */
export async function blobBytes(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await new Response(blob.slice(start, end)).arrayBuffer());
}

function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  return context;
}

/** Draws `source` upright, turned by the parent's quarter turns, into a canvas of `size`. */
function drawTurned(source: CanvasImageSource, attempt: EncodeAttempt, quarterTurns: number) {
  const canvas = new OffscreenCanvas(attempt.width, attempt.height);
  const context = context2d(canvas);
  // White behind a transparent PNG, as a JPEG has no transparency.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, attempt.width, attempt.height);
  const drawn = turnedSize(attempt, quarterTurns);
  // With y pointing down, a positive angle turns clockwise.
  context.translate(attempt.width / 2, attempt.height / 2);
  context.rotate((quarterTurns * Math.PI) / 2);
  context.drawImage(source, -drawn.width / 2, -drawn.height / 2, drawn.width, drawn.height);
  return canvas;
}

async function decode(file: Blob, facts: SourceFacts): Promise<ImageBitmap> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' }).catch(() => {
    throw new PhotoDecodeError();
  });
  // The decoder must have turned the picture as its EXIF tag says: the size proves it.
  const upright = turnedSize(facts.size, facts.quarterTurns);
  if (bitmap.width !== upright.width || bitmap.height !== upright.height) {
    bitmap.close();
    throw new Error('the decoded size differs from the header');
  }
  return bitmap;
}

/**
 * The encoder session of one photo: the first attempt decodes the file once and draws it at the
 * size asked; later attempts re-encode that canvas at a lower quality, or draw it smaller.
 */
export function openOffscreenEncoder(file: Blob, facts: SourceFacts): PhotoEncoderSession<Blob> {
  let canvas: OffscreenCanvas | null = null;

  async function encode(attempt: EncodeAttempt): Promise<EncodedPhoto<Blob>> {
    if (!canvas) {
      const bitmap = await decode(file, facts);
      try {
        canvas = drawTurned(bitmap, attempt, facts.quarterTurns);
      } finally {
        bitmap.close();
      }
    } else if (
      Math.abs(canvas.width - attempt.width) > 2 ||
      Math.abs(canvas.height - attempt.height) > 2
    ) {
      const smaller = drawTurned(canvas, attempt, 0);
      canvas.width = 0;
      canvas.height = 0;
      canvas = smaller;
    }
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: attempt.quality });
    const head = await blobBytes(blob, 0, Math.min(blob.size, HEAD_BYTES));
    return { payload: blob, bytes: blob.size, head, fromSource: false };
  }

  return {
    encode,
    sample() {
      if (!canvas || canvas.width === 0 || canvas.height === 0) return null;
      // Nearest neighbour, so camera noise and thin text survive instead of averaging into grey.
      const sample = new OffscreenCanvas(SAMPLE_SIDE, SAMPLE_SIDE);
      const context = sample.getContext('2d');
      if (!context) return null;
      context.imageSmoothingEnabled = false;
      context.drawImage(canvas, 0, 0, SAMPLE_SIDE, SAMPLE_SIDE);
      return context.getImageData(0, 0, SAMPLE_SIDE, SAMPLE_SIDE).data;
    },
    release() {
      if (canvas) {
        canvas.width = 0;
        canvas.height = 0;
      }
      canvas = null;
    },
  };
}
