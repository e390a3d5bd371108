import type { DraftState } from './draft-store';
import type { DraftSyncState } from './draft-sync';

export type SaveStatus =
  | { kind: 'none' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'offline'; deviceFailed: boolean }
  | { kind: 'device-failed'; serverSavedAt: number | null }
  | { kind: 'closed' }
  | { kind: 'failed'; deviceFailed: boolean };

/**
 * What "saved at hh:mm" shows on every form screen (FAQ 7): saving, saved, not saved yet
 * because offline, or the device refusing storage while the server copy is still saved. A
 * message may say "saved on this phone" only once a sealed copy was actually written there.
 */
export function saveStatus(
  local: Pick<DraftState, 'saveFailure' | 'savedAt' | 'writing' | 'queue'>,
  sync: Pick<DraftSyncState, 'status' | 'savedAt'>,
): SaveStatus {
  const deviceFailed = local.saveFailure !== null;
  if (sync.status === 'closed') return { kind: 'closed' };
  // Offline, the device copy is all there is: say so only after it has been written.
  if (sync.status === 'offline') {
    return local.writing && !deviceFailed ? { kind: 'saving' } : { kind: 'offline', deviceFailed };
  }
  if (sync.status === 'failed') return { kind: 'failed', deviceFailed };
  const sending = sync.status === 'saving' || local.queue.length > 0;
  if (deviceFailed) return { kind: 'device-failed', serverSavedAt: sending ? null : sync.savedAt };
  if (local.writing || sending) return { kind: 'saving' };
  const at = Math.max(local.savedAt ?? 0, sync.savedAt ?? 0);
  return at > 0 ? { kind: 'saved', at } : { kind: 'none' };
}
