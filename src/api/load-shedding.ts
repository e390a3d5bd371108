import { fullJitterDelay } from './backoff';
import { GatewayError } from './gateway-error';

/**
 * True when the gateway is turning requests away under load rather than failing: 429 or 503
 * (with or without Retry-After) and time-outs. The request was not served, so trying the same
 * step again later is right, for as long as the gateway keeps asking.
 */
export function isLoadShedding(error: unknown): error is GatewayError {
  return (
    error instanceof GatewayError &&
    (error.code === 'RATE_LIMITED' || error.code === 'UNAVAILABLE' || error.code === 'TIMEOUT')
  );
}

/** Waits between tries of one step while the gateway sheds load (see load model, README). */
export const SHED_WAIT = {
  /** Without a Retry-After (time-outs): full jitter from this base ... */
  baseMs: 2000,
  /** ... growing up to this cap. */
  capMs: 30_000,
  /** Spread added on top of a Retry-After, so a crowd told the same second does not return in it. */
  spreadMs: 4000,
} as const;

/**
 * How long to wait before the next try after `waits` earlier waits: the gateway's Retry-After,
 * however long, plus a random spread; else full-jitter backoff.
 */
export function shedWaitMs(error: GatewayError, waits: number, random: () => number): number {
  if (error.retryAfterMs !== null) {
    return error.retryAfterMs + Math.floor(random() * SHED_WAIT.spreadMs);
  }
  return Math.max(1000, fullJitterDelay(waits, random, SHED_WAIT.baseMs, SHED_WAIT.capMs));
}

export interface PatienceOptions {
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told before each wait how long it will be, for the waiting room's countdown. */
  onWait?: (ms: number) => void;
  /** Told once the step went through after at least one wait. */
  onServed?: () => void;
  /** Stops waiting (the parent left); the last error is thrown. */
  cancelled?: () => boolean;
}

/**
 * Runs one step until the gateway serves it: every load-shedding answer is waited out and the
 * step tried again, with no limit on tries; any other failure is the caller's.
 */
export async function untilServed<T>(
  attempt: () => Promise<T>,
  options: PatienceOptions,
): Promise<T> {
  const random = options.random ?? Math.random;
  for (let waits = 0; ; waits += 1) {
    try {
      const result = await attempt();
      if (waits > 0) options.onServed?.();
      return result;
    } catch (error) {
      if (!isLoadShedding(error) || options.cancelled?.()) throw error;
      const delay = shedWaitMs(error, waits, random);
      options.onWait?.(delay);
      await options.sleep(delay);
      if (options.cancelled?.()) throw error;
    }
  }
}
