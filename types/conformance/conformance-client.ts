/** The conformance suite's view of a gateway: plain fetch, envelopes read as they arrive. */
import * as v from 'valibot';
import { IDEMPOTENCY_HEADER, SESSION_HEADER, type FieldProblem } from '../envelope';

export interface Reply {
  status: number;
  headers: Headers;
  /** The parsed JSON body; undefined when it was not JSON. */
  body: unknown;
}

export interface SendOptions {
  token?: string;
  body?: unknown;
  /** Raw bytes with their content type, for photo uploads. */
  bytes?: { data: Uint8Array; type: string };
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

export type Send = (method: string, path: string, options?: SendOptions) => Promise<Reply>;

/** A sender for a gateway base URL, over the given fetch. */
export function sender(baseUrl: string, fetchImpl: typeof fetch): Send {
  const base = baseUrl.replace(/\/+$/, '');
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers[SESSION_HEADER] = options.token;
    if (options.idempotencyKey) headers[IDEMPOTENCY_HEADER] = options.idempotencyKey;
    let body: BodyInit | undefined;
    if (options.bytes) {
      headers['Content-Type'] = options.bytes.type;
      body = new Blob([options.bytes.data.slice().buffer as ArrayBuffer]);
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetchImpl(`${base}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
}

const FailureSchema = v.object({
  ok: v.literal(false),
  error: v.object({
    code: v.string(),
    fields: v.optional(v.array(v.object({ field: v.string(), code: v.string() }))),
  }),
  serverTime: v.string(),
});

/** Fails unless the reply is a success envelope whose data fits `schema`; answers the data. */
export function expectAnswer<S extends v.GenericSchema>(
  reply: Reply,
  schema: S,
  status = 200,
): v.InferOutput<S> {
  if (reply.status !== status) throw new Error(`expected HTTP ${status}, got ${reply.status}`);
  const envelope = reply.body as { ok?: unknown; data?: unknown; serverTime?: unknown };
  if (envelope?.ok !== true || typeof envelope.serverTime !== 'string') {
    throw new Error('not a success envelope with serverTime');
  }
  const result = v.safeParse(schema, envelope.data);
  if (!result.success) {
    const issue = result.issues[0];
    const at = issue ? v.getDotPath(issue) : null;
    throw new Error(`answer does not fit the contract at ${at ?? '(root)'}: ${issue?.message}`);
  }
  return result.output;
}

/** Fails unless the reply is this refusal, naming at least these field reasons. */
export function expectRefusal(
  reply: Reply,
  status: number,
  code: string,
  fields: FieldProblem[] = [],
): void {
  const result = v.safeParse(FailureSchema, reply.body);
  if (!result.success) throw new Error(`HTTP ${reply.status}: not a failure envelope`);
  const { error } = result.output;
  if (reply.status !== status || error.code !== code) {
    throw new Error(`expected ${status} ${code}, got ${reply.status} ${error.code}`);
  }
  for (const want of fields) {
    const found = (error.fields ?? []).some(
      (got) => got.field === want.field && got.code === want.code,
    );
    if (!found) {
      const named = (error.fields ?? []).map((f) => `${f.field}:${f.code}`).join(', ');
      throw new Error(`expected field reason ${want.field}:${want.code}, got [${named}]`);
    }
  }
}
