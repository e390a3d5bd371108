import type { PickedPhoto } from './photo-file';
import type { FromWorker, ToWorker } from './photo-worker-protocol';

type Answer = Exclude<FromWorker, { type: 'probe' }>;

/** A started worker that passed its probe. */
export interface PhotoWorker {
  /** Prepares one photo; `onId` learns the job's id so it can be cancelled. */
  prepare(blob: Blob, picked: PickedPhoto, onId: (id: number) => void): Promise<Answer>;
  cancel(id: number): void;
}

/** How long a worker may take to load and answer its probe before the page does the work. */
const PROBE_MS = 5000;

const crashed = (id: number): Answer => ({ type: 'refused', id, problem: 'compress-failed' });

async function start(): Promise<PhotoWorker | null> {
  // Webviews without these (Chrome 61-68, iOS 11-16.3) keep the main-thread path.
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  const { spawnPhotoWorker } = await import('./spawn-photo-worker.h5');
  const worker = spawnPhotoWorker();
  const jobs = new Map<number, (answer: Answer) => void>();
  let broken = false;
  let nextId = 1;
  const ready = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), PROBE_MS);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'probe') {
        clearTimeout(timer);
        resolve(message.ready);
        return;
      }
      jobs.get(message.id)?.(message);
      jobs.delete(message.id);
    };
    // A worker that fails to load or dies: every photo in it goes to the main thread.
    worker.onerror = () => {
      broken = true;
      clearTimeout(timer);
      resolve(false);
      for (const [id, settle] of jobs) settle(crashed(id));
      jobs.clear();
    };
  });
  const send = (message: ToWorker) => worker.postMessage(message);
  send({ type: 'probe' });
  if (!(await ready)) {
    worker.terminate();
    return null;
  }
  return {
    prepare(blob, picked, onId) {
      const id = nextId++;
      onId(id);
      if (broken) return Promise.resolve(crashed(id));
      return new Promise<Answer>((resolve) => {
        jobs.set(id, resolve);
        send({
          type: 'prepare',
          id,
          blob,
          declaredType: picked.declaredType,
          byteLength: picked.byteLength,
          quarterTurns: picked.quarterTurns ?? 0,
        });
      });
    },
    cancel(id) {
      send({ type: 'cancel', id });
    },
  };
}

let started: Promise<PhotoWorker | null> | null = null;

/** The photo worker, started on first use; null where the webview cannot run it. */
export function photoWorker(): Promise<PhotoWorker | null> {
  started ??= start().catch(() => null);
  return started;
}
