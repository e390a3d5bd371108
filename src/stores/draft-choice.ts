import { recordFromServer } from './draft-conflict';
import { dequeue, queuePut } from './draft-queue';
import { useDrafts } from './draft-store';
import { syncNow, useDraftSync } from './draft-sync';

/** "Keep this device's": save it over the other copy (its version becomes the base). */
export function keepDeviceCopy(id: string): void {
  const server = useDraftSync.getState().conflicts[id];
  if (!server) return;
  useDrafts.getState().apply(({ drafts, queue }) => {
    const local = drafts[id];
    if (!local) return {};
    return {
      drafts: { ...drafts, [id]: { ...local, serverVersion: server.version } },
      queue: queuePut(queue, id),
    };
  });
  clearConflict(id);
  void syncNow();
}

/** "Use the other copy": this device takes the gateway's copy and drops its own changes. */
export function takeOtherCopy(id: string): void {
  const server = useDraftSync.getState().conflicts[id];
  const record = server ? recordFromServer(server) : null;
  if (!record) return;
  useDrafts.getState().apply(({ drafts, queue }) => ({
    drafts: { ...drafts, [id]: record },
    queue: dequeue(queue, { kind: 'put', id }),
  }));
  clearConflict(id);
}

/** The parent settled a conflict: its draft may be sent again. */
function clearConflict(id: string): void {
  useDraftSync.setState((s) => {
    const rest = { ...s.conflicts };
    delete rest[id];
    return { conflicts: rest };
  });
}
