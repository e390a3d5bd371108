import type { Subsystem } from '@contract';
import { create } from 'zustand';
import type { EnrollmentDraft } from '@/domain/enrollment/draft';
import { randomId } from '@/platform/random-id';
import type { StorageFailure } from '@/platform/storage';
import { closeLocal, openLocal, scheduleLocalWrite } from './draft-local';
import { queueDelete, queuePut } from './draft-queue';
import type { DraftRecord, QueueOp } from './draft-record';
import { useSession } from './session-store';

export interface DraftState {
  /** The parent whose drafts are loaded; null until their sealed copy has been read. */
  parentId: string | null;
  drafts: Record<string, DraftRecord>;
  /** Saves and deletes still to send to the gateway, in order (FAQ 7). */
  queue: QueueOp[];
  /** Set when the last save on the device failed; what is on screen is still kept in memory. */
  saveFailure: StorageFailure['kind'] | null;
  savedAt: number | null;
  /** True while a change waits for its sealed write on the device. */
  writing: boolean;
  /** Loads the signed-in parent's drafts (and only theirs). */
  openFor(parentId: string): void;
  createDraft(subsystem: Subsystem, answers: EnrollmentDraft): string;
  updateDraft(id: string, change: (draft: DraftRecord) => DraftRecord): void;
  /** Removes a draft here and, through the queue, on the gateway (after submit). */
  deleteDraft(id: string): void;
  /** Replaces drafts and queue at once (server copies restored, sent or chosen). */
  apply(change: (state: Pick<DraftState, 'drafts' | 'queue'>) => Partial<DraftState>): void;
  /** Forgets every draft of the parent on this device (sign-out, another parent). */
  forgetParent(parentId: string): void;
}

let opening: string | null = null;

/**
 * Drafts per parent, saved at every change (FAQ 7: "as long as the saved information exists ...
 * you can restore the last filled-in content"): in memory at once, sealed on the device within
 * ~500 ms, and queued for the gateway.
 */
export const useDrafts = create<DraftState>()((set, get) => {
  function commit(next: Pick<DraftState, 'drafts' | 'queue'>) {
    set({ ...next, writing: true });
    const parentId = get().parentId;
    scheduleLocalWrite(
      () => ({ drafts: get().drafts, queue: get().queue }),
      (failure) => {
        if (get().parentId !== parentId) return;
        set({
          writing: false,
          saveFailure: failure?.kind ?? null,
          savedAt: failure ? get().savedAt : Date.now(),
        });
      },
    );
  }
  return {
    parentId: null,
    drafts: {},
    queue: [],
    saveFailure: null,
    savedAt: null,
    writing: false,
    openFor(parentId) {
      if (get().parentId === parentId || opening === parentId) return;
      opening = parentId;
      set({ parentId: null, drafts: {}, queue: [], saveFailure: null, savedAt: null });
      void openLocal(parentId).then((loaded) => {
        if (opening !== parentId) return;
        opening = null;
        set({ parentId, drafts: loaded.drafts, queue: loaded.queue });
        // An older format or plaintext copy is sealed in the current format at once.
        if (loaded.rewrite) commit({ drafts: loaded.drafts, queue: loaded.queue });
      });
    },
    createDraft(subsystem, answers) {
      const id = randomId('d-');
      const now = Date.now();
      const draft: DraftRecord = {
        id,
        subsystem,
        answers,
        verification: null,
        disputed: [],
        uploads: {},
        materialKinds: {},
        idempotencyKey: null,
        serverVersion: null,
        createdAt: now,
        updatedAt: now,
      };
      commit({ drafts: { ...get().drafts, [id]: draft }, queue: queuePut(get().queue, id) });
      return id;
    },
    updateDraft(id, change) {
      const current = get().drafts[id];
      if (!current) return;
      const drafts = { ...get().drafts, [id]: { ...change(current), updatedAt: Date.now() } };
      commit({ drafts, queue: queuePut(get().queue, id) });
    },
    deleteDraft(id) {
      const rest = { ...get().drafts };
      delete rest[id];
      commit({ drafts: rest, queue: queueDelete(get().queue, id) });
    },
    apply(change) {
      const next = change({ drafts: get().drafts, queue: get().queue });
      commit({ drafts: next.drafts ?? get().drafts, queue: next.queue ?? get().queue });
    },
    forgetParent(parentId) {
      closeLocal(parentId);
      if (opening === parentId) opening = null;
      if (get().parentId === parentId) {
        set({ parentId: null, drafts: {}, queue: [], savedAt: null, writing: false });
      }
    },
  };
});

// Sign-out, or another parent coming back from the host, clears the previous parent's drafts.
useSession.subscribe((state, previous) => {
  const before = previous.profile?.parentId;
  if (before && before !== state.profile?.parentId) useDrafts.getState().forgetParent(before);
});
