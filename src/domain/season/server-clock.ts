import { parseInstant } from './instant';

export type ServerClock = {
  /** Epoch ms in the gateway's clock, given the current reading of the same monotonic source. */
  now(monotonicNowMs: number): number;
};

/** Gateway time from one serverTime and a monotonic source, never the device clock (PRODUCT.md). */
export function createServerClock(serverTimeIso: string, monotonicNowMs: number): ServerClock {
  const serverMs = parseInstant(serverTimeIso);
  if (serverMs === null) {
    throw new RangeError('serverTimeIso is not an ISO 8601 date-time with offset');
  }
  if (!Number.isFinite(monotonicNowMs)) throw new RangeError('monotonicNowMs must be finite');
  const offsetMs = serverMs - monotonicNowMs;
  return {
    now(currentMonotonicMs: number): number {
      return currentMonotonicMs + offsetMs;
    },
  };
}
