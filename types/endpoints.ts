/**
 * The gateway's endpoints: method, path and the types on each side. Both the client (src/api)
 * and the mock gateway (mock/) are written against this table; the mock's own controls are not
 * part of it (mock/README section in the project README).
 */
import type { SeasonConfig, Subsystem } from './config';
import type { PutDraftBody, ServerDraft } from './drafts';
import type { FaqEntry, Notice, NoticeSummary } from './content';
import type { MaterialInfo, School, SchoolSearch } from './materials';
import type { AppointmentOptions, Appointment, BookAppointment } from './appointments';
import type {
  Registration,
  RegistrationDetail,
  RegistrationSummary,
  ResubmitEnrollment,
  SubmitRegistration,
} from './registration';
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
  /** The materials catalogue (登记信息与上传材料对照表 data); public, like the season. */
  'GET /materials': { body: undefined; answer: MaterialInfo[] };
  /** Catchment schools for an address (and, for transfer, a target grade); a safe lookup. */
  'POST /schools/search': { body: SchoolSearch; answer: School[] };
  /** Starts a big-data verification job; answers at once with its first state. */
  'POST /verifications': { body: VerificationRequest; answer: Verification };
  'GET /verifications/:id': { body: undefined; answer: Verification };
  /** Raw JPEG/PNG bytes (Content-Type image/*), at most 5 MB (FAQ 12). */
  'POST /uploads': { body: Blob; answer: UploadRef };
  /** Submits a registration; needs an Idempotency-Key header so a replay makes no second one. */
  'POST /registrations': {
    body: SubmitRegistration | ResubmitEnrollment;
    answer: Registration | RegistrationSummary;
  };
  /** 我的登记: every registration of this parent, both subsystems, with review state. */
  'GET /registrations': { body: undefined; answer: RegistrationSummary[] };
  'GET /registrations/:id': { body: undefined; answer: RegistrationDetail };
  /** 删除信息 (FAQ 8): only while the window is open (409 WINDOW_CLOSED after). */
  'DELETE /registrations/:id': { body: undefined; answer: { deleted: true; id: string } };
  /** Points and slots with remaining places, for a registration needing an appointment. */
  'GET /registrations/:id/appointment-slots': { body: undefined; answer: AppointmentOptions };
  /** Books or reschedules (atomic; 409 SLOT_FULL when no place is left). */
  'PUT /registrations/:id/appointment': { body: BookAppointment; answer: Appointment };
  'DELETE /registrations/:id/appointment': { body: undefined; answer: { cancelled: true } };
  /** This parent's drafts of one subsystem (query `subsystem`), newest version of each. */
  'GET /drafts': { body: undefined; answer: ServerDraft[]; query: { subsystem: Subsystem } };
  'GET /drafts/:id': { body: undefined; answer: ServerDraft };
  /** Saves a draft; needs `If-Match: <version>` (`0` to create); 412 VERSION_CONFLICT if stale. */
  'PUT /drafts/:id': { body: PutDraftBody; answer: ServerDraft };
  /** Deletes a draft (after submit); idempotent. */
  'DELETE /drafts/:id': { body: undefined; answer: { deleted: true } };
}

export type EndpointKey = keyof Endpoints;
