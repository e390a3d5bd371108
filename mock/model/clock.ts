/** The gateway's clock in the mock: settable, so tests and developers can move to any moment. */

/** Default mock time: inside both 2022 windows (enrollment and transfer). */
export const DEFAULT_MOCK_NOW = '2022-07-05T10:00:00+08:00';

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface MockClock {
  /** The gateway's current time in epoch milliseconds. */
  now(): number;
  /** Moves the clock to an ISO 8601 time or epoch ms; time keeps running from there. */
  set(isoOrMs: string | number): void;
  /** Back to the default time (DEFAULT_MOCK_NOW, still running). */
  reset(): void;
}

/** Parses an ISO 8601 string or epoch ms, so every entry point accepts the same time formats. */
export function parseMockTime(isoOrMs: string | number): number {
  const ms = typeof isoOrMs === 'number' ? isoOrMs : Date.parse(isoOrMs);
  if (!Number.isFinite(ms)) {
    throw new RangeError(`Not a valid time: ${String(isoOrMs)}`);
  }
  return ms;
}

/** Formats epoch ms as the gateway does on the wire: ISO 8601 in Asia/Shanghai (+08:00). */
export function formatGatewayTime(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().replace('Z', '+08:00');
}

/** Creates a running clock offset from the real one; the mock's only source of "now". */
export function createMockClock(initial: string | number = DEFAULT_MOCK_NOW): MockClock {
  const defaultMs = parseMockTime(initial);
  let offset = defaultMs - Date.now();
  return {
    now: () => Date.now() + offset,
    set(isoOrMs) {
      offset = parseMockTime(isoOrMs) - Date.now();
    },
    reset() {
      offset = defaultMs - Date.now();
    },
  };
}
