import { isErrorCode, type ApiEnvelope, type FieldProblem } from '@contract';
import { isRecord } from './wire-guards';

/** Checks the shape of a gateway envelope at the edge; anything else is treated as a bad answer. */
export function readEnvelope(body: unknown): ApiEnvelope<unknown> | null {
  if (!isRecord(body) || typeof body.ok !== 'boolean' || typeof body.serverTime !== 'string') {
    return null;
  }
  if (body.ok) return { ok: true, data: body.data, serverTime: body.serverTime };
  const error = body.error;
  if (!isRecord(error)) return null;
  const fields = Array.isArray(error.fields)
    ? error.fields.filter(
        (f): f is FieldProblem =>
          isRecord(f) && typeof f.field === 'string' && typeof f.code === 'string',
      )
    : [];
  return {
    ok: false,
    error: { code: isErrorCode(error.code) ? error.code : 'SERVER_ERROR', fields },
    serverTime: body.serverTime,
  };
}
