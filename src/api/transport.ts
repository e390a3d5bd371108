import { IDEMPOTENCY_HEADER, SESSION_HEADER } from '@contract';
import { fullJitterDelay, parseRetryAfter } from './backoff';
import { readEnvelope } from './envelope';
import { GatewayError, type FailureCode } from './gateway-error';
import { isLoadShedding } from './load-shedding';
import { TransportFailure, type RawResponse, type RawSend } from './http-send';

export interface SessionHooks {
  /** The current session token, kept in memory only. */
  getToken(): string | null;
  /** Asks the host again for a ticket and exchanges it; resolves false when that failed. */
  renew(): Promise<boolean>;
}

export interface TransportOptions {
  baseUrl: string;
  send: RawSend;
  session?: SessionHooks;
  onServerTime?: (iso: string) => void;
  /** The time of an answer that may be a cached copy: good enough until an uncached one. */
  onCachedServerTime?: (iso: string) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Retries after the first try, for requests that are safe to repeat. */
  maxRetries?: number;
  timeoutMs?: number;
  /** A Retry-After longer than this is not waited out silently: the parent is told instead. */
  maxRetryAfterMs?: number;
}

export interface CallOptions<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  /** Makes a POST/PUT safe to repeat: the gateway answers a replay with the first result. */
  idempotencyKey?: string;
  extraHeaders?: Record<string, string>;
  /** Checks the `data` of a successful answer; null means the gateway sent something else. */
  parse: (data: unknown) => T | null;
  authenticated?: boolean;
  /**
   * The answer may come from a shared cache (a CDN), so its serverTime says when the copy was
   * made, not what time it is now: the gateway clock is not set from it.
   */
  mayBeCached?: boolean;
  /** False for calls not worth a host sign-in when the session expired (signing out). */
  renewOnExpiry?: boolean;
  timeoutMs?: number;
  /**
   * The caller waits out load itself (the waiting room): 429, 503 and time-outs are passed up at
   * once instead of being retried silently here, so the parent sees the wait from its start.
   */
  callerWaitsOutLoad?: boolean;
}

export interface Transport {
  call<T>(options: CallOptions<T>): Promise<T>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function codeForStatus(status: number): FailureCode {
  if (status === 401) return 'SESSION_EXPIRED';
  if (status === 408) return 'TIMEOUT';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'UNAVAILABLE';
  if (status >= 500) return 'SERVER_ERROR';
  return 'BAD_RESPONSE';
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * The gateway client's single transport: base URL, timeouts, retries with full-jitter backoff
 * for requests that are safe to repeat (GET, or carrying an idempotency key), Retry-After, typed
 * errors, and one session renewal through the host on 401 followed by one replay.
 */
export function createTransport(options: TransportOptions): Transport {
  const sleep = options.sleep ?? wait;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const maxRetries = options.maxRetries ?? 3;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 20_000;

  function toError(response: RawResponse): GatewayError {
    const envelope = readEnvelope(response.body);
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now());
    if (envelope && !envelope.ok) {
      return new GatewayError(
        envelope.error.code,
        response.status,
        retryAfterMs,
        envelope.error.fields,
      );
    }
    return new GatewayError(codeForStatus(response.status), response.status, retryAfterMs);
  }

  async function call<T>(call: CallOptions<T>): Promise<T> {
    const repeatable = call.method === 'GET' || Boolean(call.idempotencyKey);
    const authenticated = call.authenticated ?? true;
    let renewed = false;
    let retries = 0;
    for (;;) {
      const headers: Record<string, string> = { ...call.extraHeaders };
      const token = authenticated ? options.session?.getToken() : null;
      if (token) headers[SESSION_HEADER] = token;
      if (call.idempotencyKey) headers[IDEMPOTENCY_HEADER] = call.idempotencyKey;
      let error: GatewayError;
      try {
        const response = await options.send({
          method: call.method,
          url: `${options.baseUrl}${call.path}`,
          headers,
          body: call.body,
          timeoutMs: call.timeoutMs ?? options.timeoutMs ?? 15_000,
        });
        const envelope = readEnvelope(response.body);
        if (envelope && call.mayBeCached) options.onCachedServerTime?.(envelope.serverTime);
        else if (envelope) options.onServerTime?.(envelope.serverTime);
        if (response.status >= 200 && response.status < 300 && envelope?.ok) {
          const data = call.parse(envelope.data);
          if (data === null) throw new GatewayError('BAD_RESPONSE', response.status);
          return data;
        }
        error = toError(response);
      } catch (caught) {
        if (!(caught instanceof TransportFailure)) throw caught;
        error = new GatewayError(caught.kind === 'timeout' ? 'TIMEOUT' : 'NETWORK', null);
      }
      if (error.code === 'SESSION_EXPIRED' && authenticated && options.session && !renewed) {
        if (call.renewOnExpiry === false) throw error;
        renewed = true;
        if (await options.session.renew()) continue;
        throw error;
      }
      if (call.callerWaitsOutLoad && isLoadShedding(error)) throw error;
      const retryable =
        repeatable &&
        retries < maxRetries &&
        (error.status === null || isRetryableStatus(error.status)) &&
        (error.retryAfterMs === null || error.retryAfterMs <= maxRetryAfterMs);
      if (!retryable) throw error;
      const jitter = fullJitterDelay(retries, random);
      await sleep(error.retryAfterMs === null ? jitter : error.retryAfterMs + jitter);
      retries += 1;
    }
  }

  return { call };
}
