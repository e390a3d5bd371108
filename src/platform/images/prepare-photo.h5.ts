import type { PhotoJob, PickedPhoto, PreparedPhoto, PrepareResult } from './photo-file';
import type { Control } from './prepare-photo-pipeline.h5';

type Pipeline = typeof import('./prepare-photo-pipeline.h5');
let pipeline: Promise<Pipeline> | null = null;

/**
 * Starts loading the pipeline (compressorjs, the worker client, the domain checks: about 9 KB
 * gzip) that no page needs to show itself (issue 16); the photo slot calls it when the parent
 * opens the picker, so it arrives while they choose. A failed load is tried again next time.
 */
export function loadPhotoPipeline(): Promise<Pipeline> {
  if (!pipeline) {
    pipeline = import('./prepare-photo-pipeline.h5');
    pipeline.catch(() => {
      pipeline = null;
    });
  }
  return pipeline;
}

async function run(picked: PickedPhoto, control: Control): Promise<PrepareResult> {
  let loaded: Pipeline;
  try {
    loaded = await loadPhotoPipeline();
  } catch {
    // The page could not fetch the pipeline: the network, not the photo.
    return { ok: false, problem: 'offline' };
  }
  return loaded.run(picked, control);
}

/** The H5 encoder draws on a canvas, so it can turn a photo by hand before upload. */
export const CAN_TURN_PHOTOS = true;

/**
 * Checks and compresses one chosen photo on the device (FAQ 12), in the H5 light app: the
 * domain rules with OffscreenCanvas in a worker, or compressorjs on the page where the webview
 * has no OffscreenCanvas. Cancelling stops it between steps.
 */
export function preparePhoto(picked: PickedPhoto): PhotoJob {
  let cancelled = false;
  let stopWorker: (() => void) | null = null;
  const control: Control = {
    isCancelled: () => cancelled,
    onCancel(stop) {
      stopWorker = stop;
    },
  };
  const result = run(picked, control).catch((): PrepareResult => ({
    ok: false,
    problem: 'compress-failed',
  }));
  return {
    result: result.then((outcome): PrepareResult => {
      if (!cancelled) return outcome;
      if (outcome.ok) releasePhoto(outcome.photo);
      return { ok: false, problem: 'cancelled' };
    }),
    cancel() {
      cancelled = true;
      stopWorker?.();
    },
  };
}

/** Frees a prepared photo's preview once it is no longer shown. */
export function releasePhoto(photo: Pick<PreparedPhoto, 'previewUrl'>): void {
  if (photo.previewUrl.startsWith('blob:')) URL.revokeObjectURL(photo.previewUrl);
}
