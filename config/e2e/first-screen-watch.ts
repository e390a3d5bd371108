import type { BrowserContext, Page } from 'playwright-core';
import type { E2eHandle } from './set-up-e2e-app';

/** Records every layout shift the pages of `context` make on their own, from their first frame. */
export async function watchLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[]) {
        shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts `watchLayoutShifts` recorded on `page` so far. */
export function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
}

/** The gateway requests the test's context has sent to paths starting with `path`. */
export function gatewayRequests(e2e: E2eHandle, path: string): string[] {
  return e2e.app
    .observed(e2e.context)
    .requests.filter((url) => new URL(url).pathname.startsWith(`/gateway${path}`));
}
