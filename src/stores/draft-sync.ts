import type { ServerDraft } from '@contract';
import { create } from 'zustand';
import { deleteServerDraft, fetchDraft, saveDraft } from '@/api/drafts-api';
import { GatewayError, isTransient } from '@/api/gateway-error';
import { onNetworkBack, onPageLeave } from '@/platform/storage-events';
import { payloadOf, reconcile, recordFromServer } from './draft-conflict';
import { dequeue, nextOp, queuePut } from './draft-queue';
import type { QueueOp } from './draft-record';
import { useDrafts } from './draft-store';

export interface DraftSyncState {
  /** saving: sending; offline: waiting for the network (or host sign-in); closed: read-only. */
  status: 'idle' | 'saving' | 'offline' | 'closed' | 'failed';
  /** When the gateway last accepted a save (device clock, for "saved at hh:mm" only). */
  savedAt: number | null;
  /** Drafts whose server copy changed elsewhere while this device changed them too (412). */
  conflicts: Record<string, ServerDraft>;
  /**
   * Drafts whose last save the gateway refused for good (it would refuse it again as it is):
   * set aside, so the drafts queued behind go out; the next change of the draft tries again.
   */
  refused: string[];
}

/** The server side of drafts (FAQ 7): what was sent, what waits, what conflicts. */
export const useDraftSync = create<DraftSyncState>()(() => ({
  status: 'idle',
  savedAt: null,
  conflicts: {},
  refused: [],
}));

const BACKGROUND_MS = 1500;
const RETRY_MS = [2000, 5000, 15_000, 30_000];
let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> | null = null;
let exclusive: Promise<unknown> | null = null;
let failures = 0;

/** Sends the queue soon: edits are batched into one background save (FAQ 7). */
export function scheduleSync(delayMs = BACKGROUND_MS): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void syncNow(), delayMs);
}

/** Sends every queued save and delete now, in order (section Continue, page leave, network back). */
export function syncNow(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  running ??= (async () => {
    if (exclusive) await exclusive.catch(() => undefined);
    await drain();
  })().finally(() => {
    running = null;
  });
  return running;
}

/**
 * Runs `task` while no save is on its way: versions read during it are settled. Without this, a
 * restore reading the gateway while this device's own save is in flight sees a newer server
 * version and reports a conflict with itself.
 */
export async function whileSyncIdle<T>(task: () => Promise<T>): Promise<T> {
  if (running) await running.catch(() => undefined);
  const result = task();
  exclusive = result;
  try {
    return await result;
  } finally {
    if (exclusive === result) exclusive = null;
  }
}

async function send(op: QueueOp): Promise<void> {
  const drafts = useDrafts.getState();
  if (op.kind === 'delete') {
    await deleteServerDraft(op.id);
    drafts.apply(({ queue }) => ({ queue: dequeue(queue, op) }));
    return;
  }
  const record = drafts.drafts[op.id];
  if (!record) {
    drafts.apply(({ queue }) => ({ queue: dequeue(queue, op) }));
    return;
  }
  try {
    const saved = await saveDraft(
      op.id,
      record.subsystem,
      payloadOf(record),
      record.serverVersion ?? 0,
    );
    useDrafts.getState().apply(({ drafts: now, queue }) => {
      const current = now[op.id];
      if (!current) return {};
      // Changed while the save was on its way: keep it queued, now based on the new version.
      // Every change makes a new record, so identity tells, even within one clock millisecond.
      const changed = current !== record;
      return {
        drafts: { ...now, [op.id]: { ...current, serverVersion: saved.version } },
        queue: changed ? queue : dequeue(queue, op),
      };
    });
    useDraftSync.setState({ savedAt: Date.now() });
  } catch (error) {
    if (!(error instanceof GatewayError) || error.code !== 'VERSION_CONFLICT') throw error;
    await takeConflict(op.id);
  }
}

/** After a 412: adopt the server copy when it holds the same content, otherwise show both. */
async function takeConflict(id: string): Promise<void> {
  const server = await fetchDraft(id).catch((error: unknown) => {
    if (error instanceof GatewayError && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  const drafts = useDrafts.getState();
  const local = drafts.drafts[id];
  if (!local) return;
  if (!server) {
    // Deleted on the gateway meanwhile: save this device's copy as a new one.
    drafts.apply(({ drafts: now }) => ({
      drafts: { ...now, [id]: { ...local, serverVersion: null } },
    }));
    return;
  }
  const serverRecord = recordFromServer(server);
  const decision = reconcile(local, server, serverRecord, true);
  if (decision === 'keep-local') {
    // This device's copy is the newest: it stays, queued, now based on the gateway's version.
    drafts.apply(({ drafts: now, queue }) => {
      const current = now[id];
      if (!current) return {};
      return {
        drafts: { ...now, [id]: { ...current, serverVersion: server.version } },
        queue: queuePut(queue, id),
      };
    });
    return;
  }
  if (decision === 'conflict' || !serverRecord) {
    useDraftSync.setState((s) => ({ conflicts: { ...s.conflicts, [id]: server } }));
    return;
  }
  drafts.apply(({ drafts: now, queue }) => ({
    drafts: { ...now, [id]: serverRecord },
    queue: dequeue(queue, { kind: 'put', id }),
  }));
}

/** Failures that say nothing about this one write: the network, the session, a busy gateway. */
function stopsEveryWrite(error: unknown): boolean {
  if (!(error instanceof GatewayError)) return true;
  return isTransient(error) || error.code === 'SESSION_EXPIRED';
}

async function drain(): Promise<void> {
  let closed = false;
  for (;;) {
    const state = useDraftSync.getState();
    const blocked = new Set([...Object.keys(state.conflicts), ...state.refused]);
    const op = nextOp(useDrafts.getState().queue, blocked);
    if (!op || !useDrafts.getState().parentId) break;
    useDraftSync.setState({ status: 'saving' });
    try {
      await send(op);
      failures = 0;
    } catch (error) {
      const code = error instanceof GatewayError ? error.code : 'NETWORK';
      if (code === 'DRAFT_ENDED') {
        // Submitted or deleted elsewhere (another phone, the other host app): it stays ended
        // here too; its waiting saves are dropped and the (idempotent) delete confirms it.
        useDrafts.getState().deleteDraft(op.id);
        continue;
      }
      if (code === 'WINDOW_CLOSED' || code === 'WINDOW_NOT_OPEN') {
        // Drafts of a closed window are read-only (FAQ 8); the other subsystem's window has its
        // own dates, so its drafts still go out.
        useDrafts.getState().apply(({ queue }) => ({ queue: dequeue(queue, op) }));
        closed = true;
        continue;
      }
      if (!stopsEveryWrite(error)) {
        // This write alone can never succeed as it is: set it aside, send the rest.
        useDraftSync.setState((s) => ({ refused: [...s.refused, op.id] }));
        continue;
      }
      const retry = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 30_000;
      failures += 1;
      useDraftSync.setState({ status: 'offline' });
      scheduleSync(retry);
      return;
    }
  }
  const refused = useDraftSync.getState().refused.length > 0;
  useDraftSync.setState({ status: refused ? 'failed' : closed ? 'closed' : 'idle' });
}

// Queued changes go out in the background; the network coming back sends what waited.
useDrafts.subscribe((state, previous) => {
  if (state.parentId !== previous.parentId) {
    useDraftSync.setState({ conflicts: {}, refused: [], status: 'idle' });
  }
  // A refused draft that the parent changes is worth another try.
  const { refused } = useDraftSync.getState();
  const changed = refused.filter((id) => state.drafts[id] !== previous.drafts[id]);
  if (changed.length > 0) {
    useDraftSync.setState({ refused: refused.filter((id) => !changed.includes(id)) });
  }
  if (state.queue !== previous.queue && state.queue.length > 0 && !running) scheduleSync();
});
onNetworkBack(() => void syncNow());
onPageLeave(() => void syncNow());
