/**
 * Every error code the gateway may answer. The client maps each to a message that tells the
 * parent what to do next (src/api/error-messages.ts); an unknown code is treated as SERVER_ERROR.
 */
export const ERROR_CODES = [
  /** The session token is missing, unknown or expired (HTTP 401): renew through the host. */
  'SESSION_EXPIRED',
  /** The host ticket was rejected by the province identity service (HTTP 401 on POST /session). */
  'TICKET_REJECTED',
  /** The signed-in person is not allowed to use this service (HTTP 403). */
  'FORBIDDEN',
  /** The subsystem's registration window has not opened yet (HTTP 409). */
  'WINDOW_NOT_OPEN',
  /** The subsystem's registration window has closed: view only (HTTP 409). */
  'WINDOW_CLOSED',
  /** The request body failed the gateway's own validation (HTTP 422, with `fields`). */
  'VALIDATION_FAILED',
  /** The same child already has a registration in this subsystem (HTTP 409). */
  'DUPLICATE_REGISTRATION',
  /** A newer copy exists on the gateway (HTTP 412). */
  'VERSION_CONFLICT',
  /** The draft was submitted or deleted: it is closed for good and never saved again (HTTP 410). */
  'DRAFT_ENDED',
  /** The thing asked for does not exist or belongs to another parent (HTTP 404). */
  'NOT_FOUND',
  /** Too many requests: wait for Retry-After seconds (HTTP 429). */
  'RATE_LIMITED',
  /** An upload is larger than 5 MB (HTTP 413). FAQ 12. */
  'UPLOAD_TOO_LARGE',
  /** An upload is not a JPEG/PNG image (HTTP 415). */
  'UPLOAD_NOT_IMAGE',
  /** An appointment slot has no place left (HTTP 409). */
  'SLOT_FULL',
  /** A correction is not possible: not returned, another child, or past its deadline (HTTP 409). */
  'CORRECTION_CLOSED',
  /** The gateway or a department's system failed (HTTP 5xx). */
  'SERVER_ERROR',
  /** The gateway is overloaded or in maintenance (HTTP 503, usually with Retry-After). */
  'UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Narrows an unknown value from the wire to a known error code. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
