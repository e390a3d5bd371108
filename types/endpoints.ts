/**
 * The gateway's endpoints: method, path and the types on each side. Both the client (src/api)
 * and the mock gateway (mock/) are written against this table.
 */
import type { SeasonConfig, Subsystem } from './config';
import type { FaqEntry, Notice, NoticeSummary } from './content';
import type { MaterialInfo, School } from './materials';
import type { Registration, SubmitEnrollment } from './registration';
import type { SessionGrant, SessionRequest } from './session';
import type { UploadRef } from './uploads';
import type { Verification, VerificationRequest } from './verification';

export interface Endpoints {
  'POST /session': { body: SessionRequest; answer: SessionGrant };
  'DELETE /session': { body: undefined; answer: { signedOut: true } };
  'GET /config': { body: undefined; answer: SeasonConfig };
  'GET /notices': { body: undefined; answer: NoticeSummary[] };
  'GET /notices/:id': { body: undefined; answer: Notice };
  'GET /faq': { body: undefined; answer: FaqEntry[] };
  /** The materials catalogue (登记信息与上传材料对照表 data). */
  'GET /materials': { body: undefined; answer: MaterialInfo[] };
  /** Catchment schools for an address: query `subsystem`, `address` (and `grade` for transfer). */
  'GET /schools': {
    body: undefined;
    answer: School[];
    query: { subsystem: Subsystem; address: string };
  };
  /** Starts a big-data verification job; answers at once with its first state. */
  'POST /verifications': { body: VerificationRequest; answer: Verification };
  'GET /verifications/:id': { body: undefined; answer: Verification };
  /** Raw JPEG/PNG bytes (Content-Type image/*), at most 5 MB (FAQ 12). */
  'POST /uploads': { body: Blob; answer: UploadRef };
  /** Submits a registration; needs an Idempotency-Key header so a replay makes no second one. */
  'POST /registrations': { body: SubmitEnrollment; answer: Registration };
  'GET /registrations': { body: undefined; answer: Registration[] };
}

export type EndpointKey = keyof Endpoints;
