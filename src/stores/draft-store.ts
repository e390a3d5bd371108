import type { Subsystem } from '@contract';
import { create } from 'zustand';
import type { EnrollmentDraft } from '@/domain/enrollment/draft';
import { randomId } from '@/platform/random-id';
import type { StorageFailure } from '@/platform/storage';
import type { DraftRecord } from './draft-record';
import { clearDrafts, loadDrafts, saveDrafts } from './draft-persistence';

export interface DraftState {
  parentId: string | null;
  drafts: Record<string, DraftRecord>;
  /** Set when the last save on the device failed; what is on screen is still kept in memory. */
  saveFailure: StorageFailure['kind'] | null;
  savedAt: number | null;
  /** Loads the signed-in parent's drafts (and only theirs). */
  openFor(parentId: string): void;
  createDraft(subsystem: Subsystem, answers: EnrollmentDraft): string;
  updateDraft(id: string, change: (draft: DraftRecord) => DraftRecord): void;
  deleteDraft(id: string): void;
  /** Forgets every draft of the parent on this device (sign-out, another parent). */
  forgetParent(parentId: string): void;
}

/**
 * Drafts on this device, per parent, saved at every change (FAQ 7: "as long as the saved
 * information exists ... you can restore the last filled-in content").
 */
export const useDrafts = create<DraftState>()((set, get) => {
  function persist(drafts: Record<string, DraftRecord>) {
    const { parentId } = get();
    if (!parentId) return;
    const failure = saveDrafts(parentId, drafts);
    set({
      drafts,
      saveFailure: failure?.kind ?? null,
      savedAt: failure ? get().savedAt : Date.now(),
    });
  }
  return {
    parentId: null,
    drafts: {},
    saveFailure: null,
    savedAt: null,
    openFor(parentId) {
      if (get().parentId === parentId) return;
      set({
        parentId,
        drafts: loadDrafts<DraftRecord>(parentId),
        saveFailure: null,
        savedAt: null,
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
        createdAt: now,
        updatedAt: now,
      };
      persist({ ...get().drafts, [id]: draft });
      return id;
    },
    updateDraft(id, change) {
      const current = get().drafts[id];
      if (!current) return;
      persist({ ...get().drafts, [id]: { ...change(current), updatedAt: Date.now() } });
    },
    deleteDraft(id) {
      const rest = { ...get().drafts };
      delete rest[id];
      persist(rest);
    },
    forgetParent(parentId) {
      clearDrafts(parentId);
      if (get().parentId === parentId) set({ parentId: null, drafts: {}, savedAt: null });
    },
  };
});
