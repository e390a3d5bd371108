import type { Subsystem } from '@contract';
import { fetchDrafts } from '@/api/drafts-api';
import { reconcile, recordFromServer } from './draft-conflict';
import { isQueued } from './draft-queue';
import type { DraftRecord } from './draft-record';
import { useDrafts } from './draft-store';
import { takeDraftCountAtSignIn } from './session-store';
import { syncNow, useDraftSync, whileSyncIdle } from './draft-sync';

/** The most recently changed draft of a subsystem on this device, if any. */
export function newestDraft(
  drafts: Record<string, DraftRecord>,
  subsystem: Subsystem,
): DraftRecord | null {
  const mine = Object.values(drafts).filter((draft) => draft.subsystem === subsystem);
  return mine.sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
}

/**
 * 我的登记 -> 信息修改 (FAQ 7): brings this device up to the newest copy of each draft, local or
 * server, by the gateway's version numbers; both copies changed: a conflict to choose from.
 * Offline, this device's copies stand. Answers the id of the newest draft of the subsystem.
 */
export function restoreNewest(subsystem: Subsystem): Promise<string | null> {
  return whileSyncIdle(() => restore(subsystem));
}

async function restore(subsystem: Subsystem): Promise<string | null> {
  const parentId = useDrafts.getState().parentId;
  if (!parentId) return null;
  // Nothing on the gateway at sign-in and nothing on this phone: a first visit, nothing to ask.
  const onGateway = takeDraftCountAtSignIn(subsystem);
  if (onGateway === 0 && !newestDraft(useDrafts.getState().drafts, subsystem)) return null;
  try {
    const copies = await fetchDrafts(subsystem);
    if (useDrafts.getState().parentId !== parentId) return null;
    const conflicts: Record<string, (typeof copies)[number]> = {};
    useDrafts.getState().apply(({ drafts, queue }) => {
      const next = { ...drafts };
      for (const server of copies) {
        const serverRecord = recordFromServer(server);
        if (!serverRecord) continue;
        const queued = isQueued(queue, server.id);
        const decision = reconcile(drafts[server.id], server, serverRecord, queued);
        if (decision === 'take-server') next[server.id] = serverRecord;
        if (decision === 'conflict') conflicts[server.id] = server;
      }
      for (const local of Object.values(drafts)) {
        const gone = !copies.some((server) => server.id === local.id);
        // Known to the gateway once, gone now, nothing unsent: submitted or deleted elsewhere.
        if (local.subsystem === subsystem && gone && local.serverVersion !== null) {
          if (!isQueued(queue, local.id)) delete next[local.id];
        }
      }
      return { drafts: next };
    });
    useDraftSync.setState((s) => ({ conflicts: { ...s.conflicts, ...conflicts } }));
    void syncNow();
  } catch {
    // Offline or the gateway failed: this device's copies are the newest we can know.
  }
  return newestDraft(useDrafts.getState().drafts, subsystem)?.id ?? null;
}
