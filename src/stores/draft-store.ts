import type { Subsystem } from '@contract';
import { create } from 'zustand';
import type { EnrollmentDraft } from '@/domain/registration/draft';
import { randomId } from '@/platform/random-id';
import type { StorageFailure } from '@/platform/storage';
import { closeLocal, openLocal, scheduleLocalWrite } from './draft-local';
import { queueDelete, queuePut } from './draft-queue';
import type { DraftRecord, QueueOp } from './draft-record';
import { useSession } from './session-store';

/** What a re-filled draft keeps of the registration it comes from (FAQ 5, 8, 12). */
export type KeptParts = Partial<
  Pick<DraftRecord, 'verification' | 'disputed' | 'uploads' | 'materialKinds'>
>;

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
  /** A draft with content to keep at once (re-fill, correction, another child). */
  createDraft(
    subsystem: Subsystem,
    answers: EnrollmentDraft,
    replaces?: string | null,
    kept?: KeptParts,
  ): string;
  /**
   * A blank form's draft: kept in memory only until the parent's first answer, so opening a form
   * (or a form page left in the stack) never leaves an empty draft behind.
   */
  startBlank(subsystem: Subsystem, seed: EnrollmentDraft): string;
  /** Changes a draft; the first change of a blank draft is what makes it a draft to keep. */
  updateDraft(id: string, change: (draft: DraftRecord) => DraftRecord): void;
  /**
   * Ends a draft here and, through the queue, on the gateway (after submit, or deleted by the
   * parent). An ended draft never comes back: not from a late change, nor from a server copy.
   */
  deleteDraft(id: string): void;
  /** Replaces drafts and queue at once (server copies restored, sent or chosen). */
  apply(change: (state: Pick<DraftState, 'drafts' | 'queue'>) => Partial<DraftState>): void;
  /** Forgets every draft of the parent on this device (sign-out, another parent). */
  forgetParent(parentId: string): void;
}

let opening: string | null = null;
/** Drafts ended on this device in this visit; the queued delete carries it across reloads. */
const ended = new Set<string>();

/** What is written to the device: drafts the parent started, never blank ones. */
function keptDrafts(drafts: Record<string, DraftRecord>): Record<string, DraftRecord> {
  return Object.fromEntries(Object.entries(drafts).filter(([, draft]) => !draft.unstarted));
}

/** Leaves out drafts that ended (submitted or deleted) or wait for their delete to be sent. */
function withoutEnded(
  drafts: Record<string, DraftRecord>,
  queue: QueueOp[],
): Record<string, DraftRecord> {
  const deleting = new Set(queue.filter((op) => op.kind === 'delete').map((op) => op.id));
  const gone = Object.keys(drafts).filter((id) => ended.has(id) || deleting.has(id));
  if (gone.length === 0) return drafts;
  const rest = { ...drafts };
  for (const id of gone) delete rest[id];
  return rest;
}

function newRecord(subsystem: Subsystem, answers: EnrollmentDraft): DraftRecord {
  const now = Date.now();
  return {
    id: randomId('d-'),
    subsystem,
    answers,
    verification: null,
    disputed: [],
    uploads: {},
    materialKinds: {},
    idempotencyKey: null,
    replaces: null,
    serverVersion: null,
    createdAt: now,
    updatedAt: now,
  };
}

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
      () => ({ drafts: keptDrafts(get().drafts), queue: get().queue }),
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
    createDraft(subsystem, answers, replaces = null, kept = {}) {
      const draft = { ...newRecord(subsystem, answers), ...kept, replaces };
      commit({
        drafts: { ...get().drafts, [draft.id]: draft },
        queue: queuePut(get().queue, draft.id),
      });
      return draft.id;
    },
    startBlank(subsystem, seed) {
      const draft: DraftRecord = { ...newRecord(subsystem, seed), unstarted: true };
      set({ drafts: { ...get().drafts, [draft.id]: draft } });
      return draft.id;
    },
    updateDraft(id, change) {
      const current = get().drafts[id];
      if (!current || ended.has(id)) return;
      const next: DraftRecord = { ...change(current), updatedAt: Date.now() };
      delete next.unstarted;
      commit({ drafts: { ...get().drafts, [id]: next }, queue: queuePut(get().queue, id) });
    },
    deleteDraft(id) {
      ended.add(id);
      const blank = get().drafts[id]?.unstarted === true;
      const rest = { ...get().drafts };
      delete rest[id];
      // A blank draft was never written anywhere: nothing to delete on the gateway.
      commit({ drafts: rest, queue: blank ? get().queue : queueDelete(get().queue, id) });
    },
    apply(change) {
      const next = change({ drafts: get().drafts, queue: get().queue });
      const queue = next.queue ?? get().queue;
      commit({ drafts: withoutEnded(next.drafts ?? get().drafts, queue), queue });
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
