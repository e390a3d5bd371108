import Compressor from 'compressorjs';
import type { EncodeAttempt, EncodedPhoto } from '@/domain/photos/fit-budget';
import { PhotoDecodeError, type SourceFacts } from '@/domain/photos/prepare-photo';
import { readBlobBytes } from './blob-bytes.h5';
import { canvasToJpeg, drawSmaller, drawTurned, freeCanvas, samplePixels } from './canvas-jpeg.h5';

const HEAD_BYTES = 64 * 1024;

async function describe(blob: Blob, fromSource: boolean): Promise<EncodedPhoto<Blob>> {
  const head = await readBlobBytes(blob, 0, Math.min(blob.size, HEAD_BYTES));
  return { payload: blob, bytes: blob.size, head, fromSource };
}

/**
 * The H5 encoder behind FAQ 12's compression: compressorjs decodes, turns (EXIF) and draws the
 * photo once at the first size asked; later attempts re-encode that canvas at a lower quality,
 * or draw it smaller, instead of decoding a 12-48 MP file again. When compressorjs hands back
 * the original (its canvas failed), the canvas is encoded directly, and failing that the
 * original is reported as such so it is never uploaded.
 */
export function openCompressorEncoder(file: Blob, facts: SourceFacts, browserTurns: boolean) {
  let canvas: HTMLCanvasElement | null = null;

  /** The parent's quarter turns: compressorjs draws the photo upright, then the canvas turns. */
  async function firstTurned(attempt: EncodeAttempt): Promise<EncodedPhoto<Blob>> {
    const odd = facts.quarterTurns % 2 === 1;
    await first(odd ? { ...attempt, width: attempt.height, height: attempt.width } : attempt);
    const drawn: HTMLCanvasElement | null = canvas;
    if (!drawn) throw new Error('the photo was not drawn');
    const turned = drawTurned(drawn, facts.quarterTurns);
    freeCanvas(drawn);
    canvas = turned;
    const blob = await canvasToJpeg(turned, attempt.quality);
    if (!blob) throw new Error('the browser could not encode the photo');
    return describe(blob, false);
  }

  function first(attempt: EncodeAttempt): Promise<EncodedPhoto<Blob>> {
    return new Promise((resolve, reject) => {
      new Compressor(file, {
        strict: false,
        checkOrientation: !browserTurns && facts.orientation > 1,
        retainExif: false,
        mimeType: 'image/jpeg',
        // Only the long side: compressorjs derives the other and floors both, so giving both
        // would lose a pixel of the legible long side to rounding.
        ...(attempt.width >= attempt.height
          ? { width: attempt.width }
          : { height: attempt.height }),
        quality: attempt.quality,
        beforeDraw(context) {
          context.imageSmoothingEnabled = true;
          context.imageSmoothingQuality = 'high';
        },
        drew(_context, drawn) {
          canvas = drawn;
        },
        success(result) {
          if (result !== file) return void describe(result, false).then(resolve, reject);
          const drawn = canvas;
          const retry = drawn ? canvasToJpeg(drawn, attempt.quality) : Promise.resolve(null);
          void retry.then((blob) => describe(blob ?? file, !blob)).then(resolve, reject);
        },
        error() {
          reject(new PhotoDecodeError());
        },
      });
    });
  }

  async function encode(attempt: EncodeAttempt): Promise<EncodedPhoto<Blob>> {
    const current: HTMLCanvasElement | null = canvas;
    if (!current) return facts.quarterTurns ? firstTurned(attempt) : first(attempt);
    let target = current;
    const resize =
      Math.abs(current.width - attempt.width) > 2 || Math.abs(current.height - attempt.height) > 2;
    if (resize) {
      target = drawSmaller(current, attempt.width, attempt.height);
      freeCanvas(current);
      canvas = target;
    }
    const blob = await canvasToJpeg(target, attempt.quality);
    if (!blob) throw new Error('the browser could not encode the photo');
    return describe(blob, false);
  }

  return {
    encode,
    sample: () => (canvas ? samplePixels(canvas) : null),
    release() {
      freeCanvas(canvas);
      canvas = null;
    },
  };
}
