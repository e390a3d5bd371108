// The benchmark's stand-in for src/platform/images/spawn-photo-worker.h5.ts: the same worker
// code, bundled by esbuild (run.mjs) and started from a blob URL.
export function spawnPhotoWorker(): Worker {
  const scope = window as unknown as { photoBenchWorkerSource: string };
  const blob = new Blob([scope.photoBenchWorkerSource], { type: 'text/javascript' });
  return new Worker(URL.createObjectURL(blob));
}
