import type { Locator, Page } from 'playwright-core';
import type { MockClock } from '../../mock/model/clock';

/**
 * The page's clock and the gateway's, moved together: a minute of load shedding (FAQ 9) passes
 * in seconds of test time, and the countdown, the retries and the gateway's fault window all see
 * the same minute. Call `start` before the action whose waiting is to be skipped; timers the
 * page set before it keep real time.
 */
export function mockTime(page: Page, gateway: MockClock) {
  let passed = 0;
  return {
    start: () => page.clock.install(),
    /**
     * Moves both clocks by `ms`, a second at a time, and gives the page a moment of real time
     * after each second to take the answers to what that second's timers sent.
     */
    async pass(ms: number): Promise<void> {
      for (let moved = 0; moved < ms; moved += 1_000) {
        const step = Math.min(1_000, ms - moved);
        gateway.set(gateway.now() + step);
        await page.clock.runFor(step);
        passed += step;
        await page.waitForTimeout(40);
      }
    },
    /** Moves time on until `target` shows; fails after `limitMs` of mock time. */
    async until(target: Locator, limitMs: number): Promise<void> {
      const end = passed + limitMs;
      while (!(await target.isVisible())) {
        if (passed >= end) throw new Error(`not shown after ${limitMs} ms of mock time`);
        await this.pass(1_000);
      }
    },
  };
}
