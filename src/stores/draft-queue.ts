import type { QueueOp } from './draft-record';

/**
 * Adds a save to the server queue (FAQ 7: offline edits are sent when the network returns). A
 * draft already waiting keeps its place: the newest content is read when the save is sent.
 */
export function queuePut(queue: QueueOp[], id: string): QueueOp[] {
  return queue.some((op) => op.kind === 'put' && op.id === id)
    ? queue
    : [...queue, { kind: 'put', id }];
}

/** Adds a delete (after submit); waiting saves of that draft are dropped, they would be undone. */
export function queueDelete(queue: QueueOp[], id: string): QueueOp[] {
  const rest = queue.filter((op) => op.id !== id);
  return [...rest, { kind: 'delete', id }];
}

/** Removes one sent entry. */
export function dequeue(queue: QueueOp[], done: QueueOp): QueueOp[] {
  return queue.filter((op) => !(op.kind === done.kind && op.id === done.id));
}

/** The next entry to send, in the order they were made, skipping drafts that wait for a choice. */
export function nextOp(queue: QueueOp[], blocked: ReadonlySet<string>): QueueOp | null {
  return queue.find((op) => !blocked.has(op.id)) ?? null;
}

/** True when a save of this draft still waits to be sent. */
export function isQueued(queue: QueueOp[], id: string): boolean {
  return queue.some((op) => op.kind === 'put' && op.id === id);
}
