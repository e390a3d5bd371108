import type { LightAppJssdk } from './light-app-jssdk';

/** Finds the bridge the host injected, validating its shape at the edge. */
export function findLightAppJssdk(scope: unknown): LightAppJssdk | null {
  const sdk = (scope as { lightAppJssdk?: unknown } | undefined)?.lightAppJssdk;
  const user = (sdk as { user?: { getTicket?: unknown } } | undefined)?.user;
  return typeof user?.getTicket === 'function' ? (sdk as LightAppJssdk) : null;
}

export interface WaitOptions {
  timeoutMs: number;
  intervalMs: number;
}

/**
 * Looks for `lightAppJssdk` until it appears or the time limit passes: the host's loader script
 * may inject it well after the page's own code started (HOST.md), so one look at start-up would
 * miss it. Every call looks afresh, so a retry finds a bridge that arrived in the meantime.
 */
export function waitForLightAppJssdk(
  scope: () => unknown,
  { timeoutMs, intervalMs }: WaitOptions,
): Promise<LightAppJssdk | null> {
  const found = findLightAppJssdk(scope());
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const deadline = Date.now() + timeoutMs;
    const look = () => {
      const sdk = findLightAppJssdk(scope());
      if (sdk || Date.now() >= deadline) return resolve(sdk);
      setTimeout(look, intervalMs);
    };
    setTimeout(look, intervalMs);
  });
}
