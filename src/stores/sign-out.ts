import { flushLocal } from './draft-local';
import { useDrafts } from './draft-store';
import { syncNow } from './draft-sync';
import { forgetServerReasons } from './server-reasons';
import { useSession } from './session-store';

/** How many drafts still have changes the gateway has not taken (saves waiting in the queue). */
export function unsentDrafts(): number {
  const ids = new Set(
    useDrafts
      .getState()
      .queue.filter((op) => op.kind === 'put')
      .map((op) => op.id),
  );
  return ids.size;
}

/** Loads the parent's sealed drafts and queue if no screen has yet (home, 我的登记). */
function draftsOpened(parentId: string): Promise<void> {
  useDrafts.getState().openFor(parentId);
  if (useDrafts.getState().parentId === parentId) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useDrafts.subscribe((state) => {
      if (state.parentId !== parentId) return;
      stop();
      resolve();
    });
  });
}

/**
 * Before signing out: sends every queued edit now, so nothing the parent typed is lost with the
 * device copies. Answers how many drafts still could not be sent (offline, refused, in conflict).
 */
export async function sendQueuedEdits(): Promise<number> {
  const parentId = useSession.getState().profile?.parentId;
  if (parentId) await draftsOpened(parentId);
  await flushLocal();
  await syncNow().catch(() => undefined);
  return unsentDrafts();
}

/**
 * Signs out and clears what this device holds of the parent: the drafts' device copies (sealed
 * and any copy kept aside), the queue, the gateway's reasons, the session and its drafts key.
 */
export async function signOutAndClear(): Promise<void> {
  const parentId = useDrafts.getState().parentId ?? useSession.getState().profile?.parentId;
  if (parentId) useDrafts.getState().forgetParent(parentId);
  forgetServerReasons();
  await useSession.getState().signOut();
}
