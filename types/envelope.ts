/**
 * The gateway's response envelope. Every gateway endpoint answers JSON in this shape, on success
 * and on failure, so the client unwraps in one place (src/api/transport.ts).
 */
import type * as v from 'valibot';
import type { ErrorCode } from './error-codes';
import type { FieldProblemSchema } from './schemas/answers';

/** A field-level problem the gateway found while validating on its own. */
export type FieldProblem = v.InferOutput<typeof FieldProblemSchema>;

export interface ApiSuccess<T> {
  ok: true;
  data: T;
  /** The gateway's clock at the time of the answer (ISO 8601 with offset). */
  serverTime: string;
}

export interface ApiFailure {
  ok: false;
  error: {
    code: ErrorCode;
    /** Developer-facing detail; never shown to parents (they see our own messages). */
    detail?: string;
    fields?: FieldProblem[];
  };
  serverTime: string;
}

export type ApiEnvelope<T> = ApiSuccess<T> | ApiFailure;

/** Header carrying the session token issued by `POST /session`. */
export const SESSION_HEADER = 'X-Session-Token';
/** Header carrying a client-generated key that makes a non-idempotent request safe to replay. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
