import type { ErrorCode, FieldProblem } from '@contract';

/** Failures that never reached the gateway, next to the gateway's own error codes. */
export type FailureCode = ErrorCode | 'NETWORK' | 'TIMEOUT' | 'BAD_RESPONSE';

/**
 * A gateway call that failed, as a value the UI can act on: every code maps to a message that
 * tells the parent what to do next (src/messages/*, errors).
 */
export class GatewayError extends Error {
  constructor(
    readonly code: FailureCode,
    readonly status: number | null,
    readonly retryAfterMs: number | null = null,
    readonly fields: FieldProblem[] = [],
  ) {
    super(`gateway call failed: ${code}`);
    this.name = 'GatewayError';
  }
}

/** True for failures worth offering a retry for (the same request may succeed later). */
export function isTransient(error: GatewayError): boolean {
  return ['NETWORK', 'TIMEOUT', 'SERVER_ERROR', 'UNAVAILABLE', 'RATE_LIMITED'].includes(error.code);
}
