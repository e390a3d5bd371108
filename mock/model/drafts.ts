/** The mock gateway's draft store (FAQ 7): per parent, versioned, source of truth across devices. */
import type { ServerDraft } from '../../types';

/** Drafts by parentId, then by draft id. */
export type DraftsState = Record<string, Record<string, ServerDraft>>;

/**
 * Ids of drafts a parent submitted or deleted, by parentId. They stay closed: a save queued on
 * another phone or by a page left open must not bring a finished draft back.
 */
export type EndedDrafts = Record<string, string[]>;

export type PutOutcome =
  { ok: true; draft: ServerDraft } | { ok: false; current: ServerDraft | null };

/** Checks an untrusted snapshot part (it comes back from sessionStorage). */
export function isDraftsState(value: unknown): value is DraftsState {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value as Record<string, unknown>).every(
    (drafts) =>
      typeof drafts === 'object' &&
      drafts !== null &&
      Object.values(drafts as Record<string, ServerDraft>).every(
        (d) => typeof d?.id === 'string' && typeof d.version === 'number',
      ),
  );
}

/** A parent's drafts, optionally of one subsystem. */
export function draftsOf(state: DraftsState, parentId: string, subsystem?: string): ServerDraft[] {
  return Object.values(state[parentId] ?? {}).filter(
    (draft) => subsystem === undefined || draft.subsystem === subsystem,
  );
}

/**
 * Saves when `basedOn` is the stored version (0: none stored yet), as `If-Match` promises;
 * otherwise answers the stored copy so the client can show both (412).
 */
export function putDraft(
  state: DraftsState,
  parentId: string,
  next: Omit<ServerDraft, 'version'>,
  basedOn: number,
): PutOutcome {
  const mine = (state[parentId] ??= {});
  const current = mine[next.id] ?? null;
  if ((current?.version ?? 0) !== basedOn) return { ok: false, current };
  const draft: ServerDraft = { ...next, version: basedOn + 1 };
  mine[next.id] = draft;
  return { ok: true, draft };
}

/** Deletes a draft for good; deleting a missing one is as good as done. */
export function deleteDraft(
  state: DraftsState,
  ended: EndedDrafts,
  parentId: string,
  id: string,
): void {
  const mine = state[parentId];
  if (mine) delete mine[id];
  const closed = (ended[parentId] ??= []);
  if (!closed.includes(id)) closed.push(id);
}

/** True when the parent submitted or deleted this draft: it may not be saved again. */
export function isEnded(ended: EndedDrafts, parentId: string, id: string): boolean {
  return ended[parentId]?.includes(id) ?? false;
}

/** Checks an untrusted snapshot part (it comes back from sessionStorage). */
export function isEndedDrafts(value: unknown): value is EndedDrafts {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value as Record<string, unknown>).every(
      (ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string'),
    )
  );
}

/**
 * The parent's device storage key: derived from the parentId so it is stable across sessions
 * and resets, and different per parent. A real gateway keeps random keys in its key store.
 */
export function storageKeyFor(parentId: string): string {
  let seed = 2166136261;
  for (const char of `jinan-drafts:${parentId}`) {
    seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
  }
  const bytes: number[] = [];
  for (let i = 0; i < 32; i += 1) {
    seed = (seed ^ (seed << 13)) >>> 0;
    seed = (seed ^ (seed >>> 17)) >>> 0;
    seed = (seed ^ (seed << 5)) >>> 0;
    bytes.push(seed & 0xff);
  }
  return toBase64(bytes);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without btoa, which the mini-program runtime (in-process mock) lacks. */
function toBase64(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = bytes.slice(i, i + 3);
    const n = (a << 16) | (b << 8) | c;
    const left = bytes.length - i;
    out += ALPHABET[(n >> 18) & 63] ?? '';
    out += ALPHABET[(n >> 12) & 63] ?? '';
    out += left > 1 ? (ALPHABET[(n >> 6) & 63] ?? '') : '=';
    out += left > 2 ? (ALPHABET[n & 63] ?? '') : '=';
  }
  return out;
}
