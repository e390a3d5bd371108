/** How the app polls a big-data verification job (FAQ 9), tuned with the load model. */
export const POLL = {
  /** Never sooner than this, whatever the gateway says. */
  floorMs: 1000,
  /** Each poll that brings no progress stretches the next by this factor ... */
  growth: 1.5,
  /** ... up to this. */
  capMs: 8000,
} as const;

/**
 * The wait before the next poll: the gateway's pollAfterMs, at least the floor, stretched after
 * polls that brought no progress (a jammed or queued job needs no one asking every second).
 */
export function nextPollDelayMs(pollAfterMs: number, pollsWithoutProgress: number): number {
  const asked = Math.max(POLL.floorMs, pollAfterMs);
  const stretched = asked * POLL.growth ** Math.max(0, pollsWithoutProgress);
  return Math.round(Math.max(asked, Math.min(POLL.capMs, stretched)));
}
