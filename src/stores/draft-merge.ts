import type { DraftsContent } from './draft-migrations';
import type { DraftRecord, QueueOp } from './draft-record';

type Content = DraftsContent<DraftRecord>;

/** Which of two copies of one draft is newer: the later change, then the later server version. */
function newer(a: DraftRecord, b: DraftRecord): DraftRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return (a.serverVersion ?? 0) >= (b.serverVersion ?? 0) ? a : b;
}

function has(queue: QueueOp[], op: QueueOp): boolean {
  return queue.some((q) => q.kind === op.kind && q.id === op.id);
}

function same(a: DraftRecord | undefined, b: DraftRecord | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merges this tab's drafts with what another tab (or window) of the app wrote on the device
 * since this tab last read or wrote it (`base`): the device holds one copy per parent, so writing
 * ours whole would drop theirs. What differs between `base` and `stored` is the other tab's doing:
 * its new or changed drafts are kept (the newer copy wins where both changed one), its queued
 * saves and deletes are kept, and a draft either tab deletes is gone. What this tab sent and
 * dequeued since does not come back from the older copy.
 */
export function mergeDeviceCopies(mine: Content, stored: Content, base: Content): Content {
  const theirOps = stored.queue.filter((op) => !has(base.queue, op));
  const queue: QueueOp[] = [];
  for (const op of [...mine.queue, ...theirOps]) if (!has(queue, op)) queue.push(op);
  const deleted = new Set(queue.filter((op) => op.kind === 'delete').map((op) => op.id));
  const drafts: Record<string, DraftRecord> = { ...mine.drafts };
  for (const [id, theirs] of Object.entries(stored.drafts)) {
    if (same(theirs, base.drafts[id])) continue;
    const ours = drafts[id];
    drafts[id] = ours && !same(ours, base.drafts[id]) ? newer(ours, theirs) : theirs;
  }
  for (const id of deleted) delete drafts[id];
  return {
    drafts,
    queue: queue.filter((op) => op.kind === 'delete' || drafts[op.id] !== undefined),
  };
}
