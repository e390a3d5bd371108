import type { UploadRef } from '@contract';
import { GatewayError, isTransient } from '@/api/gateway-error';
import type { UploadTask } from '@/api/upload-api';
import type { PhotoJob, PickedPhoto, PreparedPhoto } from '@/platform/images/photo-file';
import type { PhotoSlotServices } from './photo-slot-services';
import type { PendingPhoto } from './slot-state';

interface Control {
  picked: PickedPhoto;
  cancelled: boolean;
  job: PhotoJob | null;
  task: UploadTask | null;
}

/** How the runner reports to the slot's state. */
export interface RunnerHooks {
  patch(key: number, change: Partial<PendingPhoto>): void;
  drop(key: number): void;
  /** An upload succeeded: the slot's value takes the reference; `picked` is what it came from. */
  commit(ref: UploadRef, photo: PreparedPhoto, replaces: string | null, picked: PickedPhoto): void;
  /** Whether a photo with this SHA-256 is already kept, other than the one it replaces. */
  isDuplicate(sha256: string, replaces: string | null): boolean;
}

/**
 * Runs picked photos through check, compression and upload one at a time (an old phone has
 * memory for one 48 MP decode, FAQ 12), and stops any of them on request.
 */
export function createPhotoRunner(services: () => PhotoSlotServices, hooks: RunnerHooks) {
  const controls = new Map<number, Control>();
  let queue: Promise<void> = Promise.resolve();
  let nextKey = 1;

  async function upload(key: number, photo: PreparedPhoto, replaces: string | null) {
    const control = controls.get(key);
    if (!control || control.cancelled) return;
    hooks.patch(key, { phase: 'uploading', progress: 0, photo, failure: null });
    control.task = services().upload(photo, (progress) => hooks.patch(key, { progress }));
    try {
      const ref = await control.task.result;
      controls.delete(key);
      hooks.commit(ref, photo, replaces, control.picked);
      hooks.drop(key);
    } catch (error) {
      if (control.cancelled || !(error instanceof GatewayError)) {
        services().release(photo);
        controls.delete(key);
        hooks.drop(key);
        return;
      }
      const { code, retryAfterMs } = error;
      const retryable = isTransient(error) || code === 'SESSION_EXPIRED';
      const failure = { kind: 'upload' as const, code, retryAfterMs, retryable };
      hooks.patch(key, { phase: 'failed', failure });
    }
  }

  async function run(key: number, picked: PickedPhoto, replaces: string | null) {
    const control = controls.get(key);
    if (!control || control.cancelled) return;
    hooks.patch(key, { phase: 'checking' });
    control.job = services().prepare(picked);
    const outcome = await control.job.result;
    if (control.cancelled) return;
    if (outcome.ok && outcome.photo.sha256 && hooks.isDuplicate(outcome.photo.sha256, replaces)) {
      services().release(outcome.photo);
      hooks.patch(key, { phase: 'failed', failure: { kind: 'duplicate' } });
      return;
    }
    if (outcome.ok) return upload(key, outcome.photo, replaces);
    if (outcome.problem === 'cancelled') return;
    if (outcome.problem === 'offline') {
      const failure = { kind: 'upload' as const, code: 'NETWORK' as const, retryable: false };
      hooks.patch(key, { phase: 'failed', failure: { ...failure, retryAfterMs: null } });
      return;
    }
    hooks.patch(key, { phase: 'failed', failure: { kind: 'photo', problem: outcome.problem } });
  }

  return {
    /** Queues photos; answers their pending entries for the slot to show at once. */
    enqueue(photos: PickedPhoto[], replaces: string | null): PendingPhoto[] {
      return photos.map((picked) => {
        const key = nextKey++;
        controls.set(key, { picked, cancelled: false, job: null, task: null });
        queue = queue.then(() => run(key, picked, replaces));
        return { key, replaces, phase: 'queued', progress: 0, photo: null, failure: null };
      });
    },
    /** Stops a photo wherever it is: queued, compressing or uploading. */
    cancel(item: PendingPhoto) {
      const control = controls.get(item.key);
      if (control) {
        control.cancelled = true;
        control.job?.cancel();
        control.task?.cancel();
      }
      if (item.photo && item.phase !== 'uploading') services().release(item.photo);
      controls.delete(item.key);
      hooks.drop(item.key);
    },
    /** Sends a photo again after a failed upload, without compressing it again. */
    retry(item: PendingPhoto) {
      if (item.photo) void upload(item.key, item.photo, item.replaces);
    },
    /** Stops everything (the slot is leaving the screen). */
    stopAll() {
      for (const control of controls.values()) {
        control.cancelled = true;
        control.job?.cancel();
        control.task?.cancel();
      }
    },
  };
}

export type PhotoRunner = ReturnType<typeof createPhotoRunner>;
