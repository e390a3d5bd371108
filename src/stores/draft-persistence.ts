import { deviceStorage, StorageFailure } from '@/platform/storage';

/** The on-device format version; bump it with a migration so an app update never drops a draft. */
export const DRAFTS_FORMAT_VERSION = 1;

interface StoredDrafts<T> {
  version: number;
  drafts: Record<string, T>;
}

type Migration = (drafts: Record<string, unknown>) => Record<string, unknown>;

/** Migrations from version N to N+1, by N. Empty while there is one version. */
const MIGRATIONS: Record<number, Migration> = {};

/** Drafts are kept per parent: one parent's drafts are never read under another's session. */
function keyFor(parentId: string): string {
  return `drafts.${parentId}`;
}

/** Reads a parent's drafts from the device, migrating older formats; unreadable data is kept aside. */
export function loadDrafts<T>(parentId: string): Record<string, T> {
  const text = deviceStorage.read(keyFor(parentId));
  if (!text) return {};
  try {
    const stored = JSON.parse(text) as StoredDrafts<unknown>;
    let drafts = stored.drafts as Record<string, unknown>;
    for (let version = stored.version; version < DRAFTS_FORMAT_VERSION; version += 1) {
      const migrate = MIGRATIONS[version];
      if (!migrate) throw new Error(`no migration from drafts version ${version}`);
      drafts = migrate(drafts);
    }
    return drafts as Record<string, T>;
  } catch {
    // Never delete what we cannot read: move it aside so support can still recover it.
    try {
      deviceStorage.write(`${keyFor(parentId)}.unreadable`, text);
    } catch {
      // Storage refuses even that: the original stays where it was.
    }
    return {};
  }
}

/** Writes a parent's drafts at once (FAQ 7); answers the failure instead of throwing. */
export function saveDrafts<T>(parentId: string, drafts: Record<string, T>): StorageFailure | null {
  const stored: StoredDrafts<T> = { version: DRAFTS_FORMAT_VERSION, drafts };
  try {
    deviceStorage.write(keyFor(parentId), JSON.stringify(stored));
    return null;
  } catch (error) {
    return error instanceof StorageFailure ? error : new StorageFailure('unavailable');
  }
}

/** Removes a parent's drafts from the device (sign-out, another parent signing in). */
export function clearDrafts(parentId: string): void {
  deviceStorage.remove(keyFor(parentId));
}
