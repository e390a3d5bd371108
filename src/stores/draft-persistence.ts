import type { DraftCipher } from '@/platform/crypto';
import { deviceStorage, StorageFailure } from '@/platform/storage';
import { formatDrafts, migrateDrafts, type DraftsContent } from './draft-migrations';

/** Drafts are kept per parent: one parent's drafts are never read under another's session. */
function keyFor(parentId: string): string {
  return `drafts.${parentId}`;
}

/** Which parent's drafts this device holds (an opaque gateway id, no personal data). */
const OWNER_KEY = 'drafts.owner';

export interface LoadedDrafts<T> extends DraftsContent<T> {
  /** True when the copy should be written again at once (kept for older sealed formats). */
  rewrite: boolean;
}

const EMPTY = { drafts: {}, queue: [], rewrite: false };

/**
 * Reads a parent's drafts: only a copy sealed with their key. A plain (unsealed) copy is never
 * read, whatever it says: any script on the page's origin could have planted it, and its drafts
 * would then be sent to the gateway under the parent's name. It is removed. A sealed copy that
 * does not open is kept aside, never deleted.
 */
export async function loadDrafts<T>(
  parentId: string,
  cipher: DraftCipher | null,
): Promise<LoadedDrafts<T>> {
  const text = deviceStorage.read(keyFor(parentId));
  if (!text) return { ...EMPTY };
  if (text.trimStart().startsWith('{')) {
    removeQuietly(keyFor(parentId));
    return { ...EMPTY };
  }
  if (!cipher) return { ...EMPTY };
  try {
    return { ...migrateDrafts<T>(await cipher.open(text)), rewrite: false };
  } catch {
    try {
      deviceStorage.write(`${keyFor(parentId)}.unreadable`, text);
      deviceStorage.remove(keyFor(parentId));
    } catch {
      // Storage refuses even that: the original stays where it was.
    }
    return { ...EMPTY };
  }
}

function removeQuietly(key: string): void {
  try {
    deviceStorage.remove(key);
  } catch {
    // Storage refuses: the copy stays, and is still never read.
  }
}

/** Seals and writes a parent's drafts (FAQ 7); answers the failure instead of throwing. */
export async function saveDrafts<T>(
  parentId: string,
  content: DraftsContent<T>,
  cipher: DraftCipher,
): Promise<StorageFailure | null> {
  try {
    deviceStorage.write(keyFor(parentId), await cipher.seal(formatDrafts(content)));
    return null;
  } catch (error) {
    return error instanceof StorageFailure ? error : new StorageFailure('unavailable');
  }
}

/** Removes a parent's drafts from the device (sign-out, another parent signing in). */
export function clearDrafts(parentId: string): void {
  deviceStorage.remove(keyFor(parentId));
  deviceStorage.remove(`${keyFor(parentId)}.unreadable`);
}

/** Makes the device this parent's: a previous parent's drafts are removed first (PRODUCT.md). */
export function claimDevice(parentId: string): void {
  const owner = deviceStorage.read(OWNER_KEY);
  if (owner && owner !== parentId) clearDrafts(owner);
  if (owner === parentId) return;
  try {
    deviceStorage.write(OWNER_KEY, parentId);
  } catch {
    // Without the marker the next parent cannot find these drafts to clear; they stay sealed.
  }
}
