/** Sign-on: the host's one-time ticket is exchanged for a session (PRODUCT.md, Identity). */
import type * as v from 'valibot';
import type { SessionGrantSchema } from './schemas/answers';
import type { PRODUCTION_HOSTS, SessionRequestSchema } from './schemas/requests';

/**
 * The host apps and channels a production gateway accepts tickets from. Local builds also run
 * in a development host ('dev') that only the mock gateway answers; it is not part of the
 * contract.
 */
export type HostId = (typeof PRODUCTION_HOSTS)[number];

/** `POST /session` body: the host and its one-time ticket (for weapp, the login code). */
export type SessionRequest = v.InferInput<typeof SessionRequestSchema>;

/** `POST /session` answer: the token, its expiry, the parent and their drafts' device key. */
export type SessionGrant = v.InferOutput<typeof SessionGrantSchema>;

/** The parent as the province identity service knows them. Personal data: mask, never log. */
export type ParentProfile = SessionGrant['profile'];
