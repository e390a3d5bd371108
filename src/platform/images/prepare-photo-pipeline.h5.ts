// The photo pipeline of the H5 light app, loaded by prepare-photo.h5.ts when a parent first
// picks a photo.
import { sha256Hex } from '@/domain/photos/content-hash';
import { preparePhotoFrom, type PhotoSource } from '@/domain/photos/prepare-photo';
import { readBlobBytes } from './blob-bytes.h5';
import { openCompressorEncoder } from './compressor-encoder.h5';
import { browserTurnsPhotos, decodedImageSize } from './decode-image.h5';
import { withHeicDecoded } from './heic-decoder.h5';
import type { PickedPhoto, PreparedPhoto, PrepareResult } from './photo-file';
import { photoWorker } from './photo-worker-client.h5';
import type { WorkerPhoto } from './photo-worker-protocol';

function blobOf(picked: PickedPhoto): Blob {
  if (picked.file.kind !== 'blob') throw new TypeError('the H5 build handles Blob photos only');
  return picked.file.blob;
}

function fromWorker(photo: WorkerPhoto): PreparedPhoto {
  return {
    file: { kind: 'blob', blob: photo.blob },
    mimeType: photo.mimeType,
    bytes: photo.blob.size,
    width: photo.width,
    height: photo.height,
    maybeBlurry: photo.borderline,
    sha256: photo.sha256,
    previewUrl: URL.createObjectURL(photo.blob),
  };
}

export interface Control {
  isCancelled(): boolean;
  /** Learns how to stop the worker's job once it has one. */
  onCancel(stop: () => void): void;
}

/**
 * In the worker where the webview can (the page stays responsive), else on the main thread; a
 * worker that fails for any reason other than the photo itself hands the photo to the page.
 */
export async function run(chosen: PickedPhoto, control: Control): Promise<PrepareResult> {
  const picked = await withHeicDecoded(chosen);
  const blob = blobOf(picked);
  const worker = await photoWorker();
  if (worker && !control.isCancelled()) {
    const answer = await worker.prepare(blob, picked, (id) =>
      control.onCancel(() => worker.cancel(id)),
    );
    if (answer.type === 'prepared') return { ok: true, photo: fromWorker(answer.photo) };
    if (answer.problem !== 'compress-failed') return { ok: false, problem: answer.problem };
  }
  return runOnPage(blob, picked, control.isCancelled);
}

async function runOnPage(
  blob: Blob,
  picked: PickedPhoto,
  isCancelled: () => boolean,
): Promise<PrepareResult> {
  const browserTurns = await browserTurnsPhotos();
  const source: PhotoSource<Blob> = {
    byteLength: picked.byteLength,
    declaredType: picked.declaredType,
    quarterTurns: picked.quarterTurns ?? 0,
    readHead: (length) => readBlobBytes(blob, 0, Math.min(length, blob.size)),
    decodedSize: () => decodedImageSize(blob),
    openEncoder: (facts) => openCompressorEncoder(blob, facts, browserTurns),
    // FileReader always answers bytes over a plain ArrayBuffer.
    wrap: (bytes, type) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
  };
  const outcome = await preparePhotoFrom(source, { isCancelled });
  if (!outcome.ok) return outcome;
  const prepared = outcome.photo.payload;
  const photo: PreparedPhoto = {
    file: { kind: 'blob', blob: prepared },
    mimeType: outcome.mimeType,
    bytes: outcome.photo.bytes,
    width: outcome.size.width,
    height: outcome.size.height,
    maybeBlurry: outcome.source.borderline,
    sha256: sha256Hex(await readBlobBytes(prepared, 0, prepared.size)),
    previewUrl: URL.createObjectURL(prepared),
  };
  return { ok: true, photo };
}
