import { createDraftCipher, type DraftCipher } from '@/platform/crypto';
import { StorageFailure } from '@/platform/storage';
import { onPageLeave } from '@/platform/storage-events';
import type { DraftsContent } from './draft-migrations';
import {
  claimDevice,
  clearDrafts,
  loadDrafts,
  saveDrafts,
  type LoadedDrafts,
} from './draft-persistence';
import { mergeDeviceCopies } from './draft-merge';
import type { DraftRecord } from './draft-record';
import { sessionStorageKey } from './session-store';

/** Web Crypto is async: the store stays synchronous and sealed copies follow ~500 ms later. */
const DEBOUNCE_MS = 500;

type Done = (failure: StorageFailure | null) => void;

let cipher: DraftCipher | null = null;
let owner: string | null = null;
let pending: { read: () => DraftsContent<DraftRecord>; done: Done } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let stopListening: (() => void) | null = null;
/** What this tab last read from or wrote to the device: the other tabs' changes are the rest. */
let base: DraftsContent<DraftRecord> = { drafts: {}, queue: [] };

/** Opens a parent's sealed drafts with the key from their session (FAQ 7, per parent). */
export async function openLocal(parentId: string): Promise<LoadedDrafts<DraftRecord>> {
  const key = sessionStorageKey();
  // A key that cannot be imported (a webview's Web Crypto refusing it) must not stop the form:
  // the drafts then live in memory and on the gateway only, and the save message says so.
  cipher = key ? await createDraftCipher(key, parentId).catch(() => null) : null;
  owner = parentId;
  claimDevice(parentId);
  stopListening ??= onPageLeave(() => void flushLocal());
  const loaded = await loadDrafts<DraftRecord>(parentId, cipher);
  base = { drafts: loaded.drafts, queue: loaded.queue };
  return loaded;
}

/** Schedules a sealed write of the current drafts; several changes make one write. */
export function scheduleLocalWrite(read: () => DraftsContent<DraftRecord>, done: Done): void {
  pending = { read, done };
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void flushLocal(), DEBOUNCE_MS);
}

/** Writes a scheduled change now (page hidden, page left, before sign-out). */
export async function flushLocal(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const job = pending;
  pending = null;
  if (!job || !owner) return;
  const content = job.read();
  if (!cipher) {
    // No key or no secure random source: nothing personal is written, and the save message must
    // not claim a device copy. An older plaintext copy goes once everything is sent.
    if (content.queue.length === 0) clearDrafts(owner);
    job.done(new StorageFailure('unavailable'));
    return;
  }
  // Another tab of the app may have written since this one read or wrote: merge, never
  // overwrite its drafts and queue.
  const parentId = owner;
  const stored = await loadDrafts<DraftRecord>(parentId, cipher);
  const merged = mergeDeviceCopies(content, stored, base);
  const failure = await saveDrafts(parentId, merged, cipher);
  if (!failure && owner === parentId) base = merged;
  job.done(failure);
}

/** Forgets the parent's key and removes their drafts from the device (sign-out, other parent). */
export function closeLocal(parentId: string): void {
  if (timer) clearTimeout(timer);
  timer = null;
  pending = null;
  if (owner === parentId) {
    owner = null;
    cipher = null;
    base = { drafts: {}, queue: [] };
  }
  clearDrafts(parentId);
}
