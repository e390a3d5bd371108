/**
 * Drafts on the gateway (FAQ 7): a parent's unfinished registrations, so they can be continued in
 * the other host app or on another phone. The gateway's version number decides which copy is
 * newer, never a device clock.
 */
import type * as v from 'valibot';
import type { ServerDraftSchema } from './schemas/answers';
import type { PutDraftBodySchema } from './schemas/requests';

/** Header carrying the version a `PUT /drafts/:id` is based on; `0` creates a new draft. */
export const IF_MATCH_HEADER = 'If-Match';

/** A draft as the gateway keeps it. */
export type ServerDraft = v.InferOutput<typeof ServerDraftSchema>;

/** `PUT /drafts/:id` body; the `If-Match` header names the version it replaces (`0`: none). */
export type PutDraftBody = v.InferInput<typeof PutDraftBodySchema>;

/*
 * `PUT /drafts/:id` refusals: 412 VERSION_CONFLICT when the gateway holds another version (read
 * it with `GET /drafts/:id`); 409 WINDOW_NOT_OPEN / WINDOW_CLOSED outside the window (read-only);
 * 422 VALIDATION_FAILED for a missing If-Match, an unknown subsystem or a payload too large;
 * 410 DRAFT_ENDED for a draft already deleted (`DELETE /drafts/:id` after submit, or by the
 * parent): a finished draft is never saved again.
 */

/** The largest draft payload the gateway keeps, in characters of JSON. */
export const DRAFT_PAYLOAD_LIMIT = 256 * 1024;
