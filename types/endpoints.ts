/**
 * The gateway's endpoints: method, path and the types on each side. Both the client (src/api)
 * and the mock gateway (mock/) are written against this table.
 */
import type { SeasonConfig } from './config';
import type { FaqEntry, Notice, NoticeSummary } from './content';
import type { SessionGrant, SessionRequest } from './session';

export interface Endpoints {
  'POST /session': { body: SessionRequest; answer: SessionGrant };
  'DELETE /session': { body: undefined; answer: { signedOut: true } };
  'GET /config': { body: undefined; answer: SeasonConfig };
  'GET /notices': { body: undefined; answer: NoticeSummary[] };
  'GET /notices/:id': { body: undefined; answer: Notice };
  'GET /faq': { body: undefined; answer: FaqEntry[] };
}

export type EndpointKey = keyof Endpoints;
