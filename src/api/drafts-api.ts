/** The drafts calls of the gateway contract (types/drafts.ts), one typed function each. */
import { IF_MATCH_HEADER, ServerDraftSchema, type ServerDraft, type Subsystem } from '@contract';
import { gateway } from './gateway-client';
import { parseList, parserOf } from './enrollment-parsers';

const parseDraft = parserOf(ServerDraftSchema);

/** Lists this parent's drafts of a subsystem, to restore the newest copy (FAQ 7). */
export function fetchDrafts(subsystem: Subsystem): Promise<ServerDraft[]> {
  return gateway().call({
    method: 'GET',
    path: `/drafts?subsystem=${encodeURIComponent(subsystem)}`,
    parse: parseList(parseDraft),
  });
}

/** Reads the gateway's copy of one draft, e.g. after a 412 VERSION_CONFLICT. */
export function fetchDraft(id: string): Promise<ServerDraft> {
  return gateway().call({
    method: 'GET',
    path: `/drafts/${encodeURIComponent(id)}`,
    parse: parseDraft,
  });
}

/**
 * Saves a draft on top of `basedOn` (If-Match; 0 creates). Not retried by the transport: the
 * sync queue sends it again, so a parent's edits are never sent out of order.
 */
export function saveDraft(
  id: string,
  subsystem: Subsystem,
  payload: unknown,
  basedOn: number,
): Promise<ServerDraft> {
  return gateway().call({
    method: 'PUT',
    path: `/drafts/${encodeURIComponent(id)}`,
    body: { subsystem, payload },
    extraHeaders: { [IF_MATCH_HEADER]: String(basedOn) },
    parse: parseDraft,
  });
}

/** Deletes the gateway's copy after a successful submit (FAQ 7, 8); idempotent. */
export function deleteServerDraft(id: string): Promise<unknown> {
  return gateway().call({
    method: 'DELETE',
    path: `/drafts/${encodeURIComponent(id)}`,
    parse: (data) => data ?? {},
  });
}
