import type { QueueOp } from './draft-record';

/** The on-device format version; bump it with a migration so an app update never drops a draft. */
export const DRAFTS_FORMAT_VERSION = 2;

/** What the device keeps per parent (encrypted): the drafts and the server queue. */
export interface DraftsContent<T> {
  drafts: Record<string, T>;
  queue: QueueOp[];
}

interface Stored {
  version: number;
  drafts: Record<string, unknown>;
  queue?: QueueOp[];
}

type Migration = (stored: Stored) => Stored;

/** Migrations from version N to N+1, by N. */
const MIGRATIONS: Record<number, Migration> = {
  // 1 -> 2: drafts gain the gateway version they are based on; none was ever sent, so queue all.
  1: (stored) => ({
    version: 2,
    drafts: Object.fromEntries(
      Object.entries(stored.drafts).map(([id, draft]) => [
        id,
        { ...(draft as object), serverVersion: null },
      ]),
    ),
    queue: Object.keys(stored.drafts).map((id) => ({ kind: 'put' as const, id })),
  }),
};

/** The stored text of the current format. */
export function formatDrafts<T>(content: DraftsContent<T>): string {
  return JSON.stringify({ version: DRAFTS_FORMAT_VERSION, ...content });
}

/** Reads any earlier format up to the current one (FAQ 7: an app update never drops a draft). */
export function migrateDrafts<T>(text: string): DraftsContent<T> {
  let stored = JSON.parse(text) as Stored;
  if (typeof stored?.version !== 'number' || typeof stored.drafts !== 'object') {
    throw new Error('not a drafts document');
  }
  while (stored.version < DRAFTS_FORMAT_VERSION) {
    const migrate = MIGRATIONS[stored.version];
    if (!migrate) throw new Error(`no migration from drafts version ${stored.version}`);
    stored = migrate(stored);
  }
  return { drafts: stored.drafts as Record<string, T>, queue: stored.queue ?? [] };
}
