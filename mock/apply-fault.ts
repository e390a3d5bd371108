/** Turns an injected fault into what the client sees: a delay, an error answer or no answer. */
import { DEFAULT_LATENCY_MS, DEFAULT_RETRY_AFTER_SECONDS, type FaultSpec } from './model/faults';
import { expireSession } from './model/sessions';
import type { HandlerContext } from './handlers/context';
import { sessionToken } from './handlers/context';
import { failReply, type MockReply } from './reply';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function retryAfter(fault: FaultSpec): Record<string, string> {
  return { 'retry-after': String(fault.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) };
}

/**
 * Applies a fault that hits this request. Answers the reply that replaces the normal one, or
 * null when the request should go on to its handler (after a delay, or with its session expired).
 */
export async function applyFault(fault: FaultSpec, ctx: HandlerContext): Promise<MockReply | null> {
  switch (fault.mode) {
    case 'none':
      return null;
    case 'latency':
      await sleep(fault.latencyMs ?? DEFAULT_LATENCY_MS);
      return null;
    case 'expire-session':
      expireSession(ctx.state, sessionToken(ctx.req), ctx.clock.now());
      return null;
    case 'server-error':
      return failReply(ctx.clock, 500, 'SERVER_ERROR', { detail: 'injected fault' });
    case 'unavailable':
      return failReply(ctx.clock, 503, 'UNAVAILABLE', {
        detail: 'injected fault',
        headers: retryAfter(fault),
      });
    case 'rate-limited':
      return failReply(ctx.clock, 429, 'RATE_LIMITED', {
        detail: 'injected fault',
        headers: retryAfter(fault),
      });
    case 'network-error':
      return { kind: 'network-error' };
    case 'hang':
      return { kind: 'hang' };
  }
}
