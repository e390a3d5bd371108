import type { UploadRef } from '@contract';
import type { FailureCode } from '@/api/gateway-error';
import type { PhotoProblem } from '@/domain/photos/photo-rules';
import type { PreparedPhoto } from '@/platform/images/photo-file';

/** Why one photo did not make it: a check on the device, or the upload. */
export type SlotFailure =
  | { kind: 'photo'; problem: PhotoProblem }
  /** The same picture (same SHA-256) is already among this material's photos. */
  | { kind: 'duplicate' }
  | { kind: 'upload'; code: FailureCode; retryAfterMs: number | null; retryable: boolean };

/** A photo on its way: checked, compressed, uploaded, or stopped with its own message. */
export interface PendingPhoto {
  key: number;
  /** The reference this photo will replace once uploaded; null for an added photo. */
  replaces: string | null;
  phase: 'queued' | 'checking' | 'uploading' | 'failed';
  /** Share of the bytes sent, 0-1. */
  progress: number;
  /** Kept after an upload failure, so retry sends it without compressing again. */
  photo: PreparedPhoto | null;
  failure: SlotFailure | null;
}

/** A copy of the list with one pending photo changed. */
export function patchPending(
  list: PendingPhoto[],
  key: number,
  patch: Partial<PendingPhoto>,
): PendingPhoto[] {
  return list.map((item) => (item.key === key ? { ...item, ...patch } : item));
}

/** Photos that count towards the maximum: uploaded ones and new ones still on their way. */
export function occupiedCount(value: UploadRef[], pending: PendingPhoto[]): number {
  return value.length + pending.filter((p) => !p.replaces && p.phase !== 'failed').length;
}

/** The value after an upload: the replaced reference swapped in place, or the new one added. */
export function withUploaded(value: UploadRef[], ref: UploadRef, replaces: string | null) {
  return replaces && value.some((r) => r.id === replaces)
    ? value.map((r) => (r.id === replaces ? ref : r))
    : [...value, ref];
}

/** Whether sending the same photo again may work (a network failure, a busy gateway). */
export function canRetry(item: PendingPhoto): boolean {
  return Boolean(item.photo) && item.failure?.kind === 'upload' && item.failure.retryable;
}
