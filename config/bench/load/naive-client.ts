import { IDEMPOTENCY_HEADER, SESSION_HEADER } from '@contract';
import { readEnvelope } from '@/api/envelope';
import { GatewayError } from '@/api/gateway-error';
import type { RawSend } from '@/api/http-send';
import type { CallOptions, Transport } from '@/api/transport';

/**
 * The client the load model compares ours with: every failure retried after exactly 1 s, no
 * jitter, Retry-After ignored, polling every second. Same requests, same idempotency key, same
 * time limit: only the retry policy differs.
 */
export function createNaiveTransport(
  send: RawSend,
  sleep: (ms: number) => Promise<void>,
  token: () => string | null,
  timeoutMs: number,
): Transport {
  async function call<T>(options: CallOptions<T>): Promise<T> {
    for (;;) {
      const headers: Record<string, string> = {};
      const current = options.authenticated === false ? null : token();
      if (current) headers[SESSION_HEADER] = current;
      if (options.idempotencyKey) headers[IDEMPOTENCY_HEADER] = options.idempotencyKey;
      try {
        const response = await send({
          method: options.method,
          url: options.path,
          headers,
          body: options.body,
          timeoutMs,
        });
        const envelope = readEnvelope(response.body);
        if (response.status < 300 && envelope?.ok) {
          const data = options.parse(envelope.data);
          if (data === null) throw new GatewayError('BAD_RESPONSE', response.status);
          return data;
        }
        if (response.status < 500 && response.status !== 429) {
          throw new GatewayError('BAD_RESPONSE', response.status);
        }
      } catch (error) {
        if (error instanceof GatewayError) throw error;
      }
      await sleep(1000);
    }
  }
  return { call };
}
