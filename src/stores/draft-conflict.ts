import type { ServerDraft } from '@contract';
import type { DraftRecord } from './draft-record';

export type Reconcile =
  /** The server copy is newer and this device changed nothing since: take it. */
  | 'take-server'
  /** This device's copy is the newest (or already the same): keep it, send it if queued. */
  | 'keep-local'
  /** Both changed since the version they share: show both, the parent chooses (FAQ 7). */
  | 'conflict';

/** What two copies hold, ignoring bookkeeping (versions, device times). */
function content(r: DraftRecord): string {
  return JSON.stringify([
    r.answers,
    r.verification,
    r.disputed,
    r.uploads,
    r.materialKinds,
    r.replaces ?? null,
  ]);
}

/**
 * Decides between this device's copy and the gateway's. Version numbers decide, never device
 * clocks (the gateway contract): a copy based on the server's version is newer when it has
 * unsent changes; a server version above the local base is newer unless both changed.
 */
export function reconcile(
  local: DraftRecord | undefined,
  server: ServerDraft,
  serverRecord: DraftRecord | null,
  queued: boolean,
): Reconcile {
  if (!local) return 'take-server';
  const base = local.serverVersion ?? 0;
  if (server.version <= base) return 'keep-local';
  if (!queued) return 'take-server';
  return serverRecord && content(serverRecord) === content(local) ? 'take-server' : 'conflict';
}

/** The app's draft record inside a server copy, checked, with the server's version. */
export function recordFromServer(server: ServerDraft): DraftRecord | null {
  const p = server.payload as Partial<DraftRecord> | null;
  if (typeof p !== 'object' || p === null || typeof p.answers !== 'object' || !p.answers) {
    return null;
  }
  return {
    id: server.id,
    subsystem: server.subsystem,
    answers: p.answers,
    verification: p.verification ?? null,
    disputed: Array.isArray(p.disputed) ? p.disputed : [],
    uploads: p.uploads ?? {},
    materialKinds: p.materialKinds ?? {},
    idempotencyKey: p.idempotencyKey ?? null,
    replaces: typeof p.replaces === 'string' ? p.replaces : null,
    serverVersion: server.version,
    createdAt: typeof p.createdAt === 'number' ? p.createdAt : 0,
    updatedAt: typeof p.updatedAt === 'number' ? p.updatedAt : 0,
  };
}

/** What the gateway keeps of a draft: everything but this device's bookkeeping. */
export function payloadOf(record: DraftRecord): unknown {
  const payload: Partial<DraftRecord> = { ...record };
  delete payload.serverVersion;
  return payload;
}
