import { ERROR_CODES, FieldProblemSchema, type ApiEnvelope } from '@contract';
import * as v from 'valibot';

const SuccessSchema = v.object({
  ok: v.literal(true),
  // Absent data is left for the caller's own parser to refuse.
  data: v.optional(v.unknown()),
  serverTime: v.string(),
});

const FailureSchema = v.object({
  ok: v.literal(false),
  error: v.object({
    // A code this client does not know yet is a server error to it.
    code: v.fallback(v.picklist(ERROR_CODES), 'SERVER_ERROR'),
    // Problems not shaped like { field, code } are dropped; the developer detail never passes.
    fields: v.fallback(
      v.pipe(
        v.array(v.unknown()),
        v.transform((items) => items.filter((item) => v.is(FieldProblemSchema, item))),
        v.array(FieldProblemSchema),
      ),
      [],
    ),
  }),
  serverTime: v.string(),
});

const EnvelopeSchema = v.variant('ok', [SuccessSchema, FailureSchema]);

/** Checks the shape of a gateway envelope at the edge; anything else is treated as a bad answer. */
export function readEnvelope(body: unknown): ApiEnvelope<unknown> | null {
  const result = v.safeParse(EnvelopeSchema, body);
  if (!result.success) return null;
  const envelope = result.output;
  return envelope.ok ? { ...envelope, data: envelope.data } : envelope;
}
