import { SESSION_HEADER } from '@contract';
import { TransportFailure, type RawResponse, type RawSend } from './http-send';

export type TakeEarlyAnswer = (url: string) => Promise<unknown> | null;

/** The page's answer as the transport's; no answer (or one of another shape) failed to arrive. */
function asResponse(value: unknown): RawResponse {
  if (!value || typeof value !== 'object') throw new TransportFailure('network');
  const { status, retryAfter, body } = value as Record<string, unknown>;
  if (typeof status !== 'number') throw new TransportFailure('network');
  return {
    status,
    headers: typeof retryAfter === 'string' ? { 'retry-after': retryAfter } : {},
    body: body ?? null,
  };
}

/**
 * A sender that first looks for an answer the page asked for before the app ran (public GETs
 * only: index.html holds no session) and takes it as the request's first try, whatever it says:
 * a 503 with Retry-After or a lost network is waited out and retried by the transport exactly as
 * if it had sent the request itself, so the early request adds no request to a busy gateway.
 * It gets the same time limit as any other.
 */
export function withEarlyAnswers(send: RawSend, take: TakeEarlyAnswer): RawSend {
  return async (request) => {
    const early =
      request.method === 'GET' && !request.headers[SESSION_HEADER] ? take(request.url) : null;
    if (!early) return send(request);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outOfTime = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TransportFailure('timeout')), request.timeoutMs);
    });
    try {
      return asResponse(await Promise.race([early, outOfTime]));
    } finally {
      clearTimeout(timer);
    }
  };
}
