/**
 * Prepares photos off the page's main thread (FAQ 12: a 12-48 MP decode would freeze the page):
 * the same domain rules as the main-thread path, with OffscreenCanvas as the encoder.
 */
import { sha256Hex } from '@/domain/photos/content-hash';
import { withExifOrientation } from '@/domain/photos/exif-orientation';
import { preparePhotoFrom, type PhotoSource } from '@/domain/photos/prepare-photo';
import { blobBytes, openOffscreenEncoder } from './offscreen-encoder';
import type { FromWorker, ToWorker } from './photo-worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const cancelled = new Set<number>();

/**
 * Whether this worker has everything the encoder needs, including a decoder that turns photos
 * by their EXIF tag (Chrome 81+, Safari 16.4+); older engines keep the main-thread path.
 */
async function probe(): Promise<boolean> {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') {
    return false;
  }
  const canvas = new OffscreenCanvas(2, 1);
  if (!canvas.getContext('2d') || typeof canvas.convertToBlob !== 'function') return false;
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg' });
  const sideways = withExifOrientation(await blobBytes(jpeg, 0, jpeg.size), 6);
  const blob = new Blob([sideways as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' });
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const turned = bitmap.width === 1 && bitmap.height === 2;
  bitmap.close();
  return turned;
}

async function prepare(message: Extract<ToWorker, { type: 'prepare' }>): Promise<FromWorker> {
  const { id } = message;
  const file = message.blob;
  const source: PhotoSource<Blob> = {
    byteLength: message.byteLength,
    declaredType: message.declaredType,
    quarterTurns: message.quarterTurns,
    readHead: (length) => blobBytes(file, 0, Math.min(length, file.size)),
    decodedSize: async () => {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' }).catch(
        () => null,
      );
      if (!bitmap) return null;
      const size = { width: bitmap.width, height: bitmap.height };
      bitmap.close();
      return size;
    },
    openEncoder: (facts) => openOffscreenEncoder(file, facts),
    wrap: (bytes, type) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
  };
  const outcome = await preparePhotoFrom(source, { isCancelled: () => cancelled.has(id) });
  if (!outcome.ok) return { type: 'refused', id, problem: outcome.problem };
  const blob = outcome.photo.payload;
  const photo = {
    blob,
    mimeType: outcome.mimeType,
    width: outcome.size.width,
    height: outcome.size.height,
    borderline: outcome.source.borderline,
    sha256: sha256Hex(await blobBytes(blob, 0, blob.size)),
  };
  return { type: 'prepared', id, photo };
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    cancelled.add(message.id);
  } else if (message.type === 'probe') {
    void probe()
      .catch(() => false)
      .then((ready) => scope.postMessage({ type: 'probe', ready }));
  } else {
    void prepare(message)
      .catch((): FromWorker => ({ type: 'refused', id: message.id, problem: 'compress-failed' }))
      .then((answer) => {
        cancelled.delete(message.id);
        scope.postMessage(answer);
      });
  }
};
