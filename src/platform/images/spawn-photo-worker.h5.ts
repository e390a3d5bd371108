/**
 * Starts the photo preparation worker. Its own module, loaded only when a photo arrives: webpack
 * turns this `new URL(..., import.meta.url)` into the worker's own chunk.
 */
export function spawnPhotoWorker(): Worker {
  return new Worker(new URL('./photo-prep.worker.ts', import.meta.url));
}
