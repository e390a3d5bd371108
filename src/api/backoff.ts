/**
 * Delay before retry number `attempt` (0-based): "full jitter" exponential backoff, so thousands of
 * phones that failed together on opening day do not come back together.
 */
export function fullJitterDelay(
  attempt: number,
  random: () => number,
  baseMs = 500,
  capMs = 8000,
): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

/** Parses a Retry-After header (delta seconds or an HTTP date) into milliseconds from `nowMs`. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
