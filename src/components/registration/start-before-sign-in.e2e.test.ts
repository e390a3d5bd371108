import type { BrowserContext, Page } from 'playwright-core';
import { PRODUCTION_BUILD_DIR } from '../../../config/e2e/e2e-app';
import { fillChild } from '../../../config/e2e/enrollment-journey';
import { visible } from '../../../config/e2e/enrollment-steps';
import {
  gatewayRequests,
  layoutShifts,
  watchLayoutShifts,
} from '../../../config/e2e/first-screen-watch';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { LOVE_SHANDONG_UA, playHost } from '../../../config/e2e/simulated-host';

// The production build in a host whose bridge the loader injects late (HOST.md): a start page's
// public service guide must not wait for the sign-in and the draft, and must not flash open for
// a parent whose registration is under way.
const e2e = setUpE2eApp(PRODUCTION_BUILD_DIR, { userAgent: LOVE_SHANDONG_UA });
const ENROLLMENT = '/features/enrollment/index';

/** Opens enrollment's start page in the host, watching layout shifts and the guide's presence. */
async function openStart(context: BrowserContext, injectAfterMs?: number): Promise<Page> {
  await watchLayoutShifts(context);
  await context.addInitScript(() => {
    const seen = { guide: false };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      if (document.getElementById('service-guide')) seen.guide = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await playHost(context, { hostId: 'ishandong', getTicket: [{ envelope: {} }], injectAfterMs });
  return e2e.app.open(context, { route: ENROLLMENT });
}

const guideSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seen: { guide: boolean } }).__seen.guide);

afterEach(() => {
  expect(e2e.app.observed(e2e.context).pageErrors).toEqual([]);
});

describe('a start page before the sign-in has answered', () => {
  it('shows a first visit the service guide at once, and the task list comes below it without a shift', async () => {
    const page = await openStart(e2e.context, 2_500);

    await page.locator('#recommendation').waitFor({ timeout: 2_000 });
    await expect(page.locator('#task-child').count()).resolves.toBe(0);
    const before = await page.locator('#service-guide').boundingBox();

    await visible(page, 'start-registration').waitFor({ timeout: 10_000 });
    await expect(page.locator('#service-guide').boundingBox()).resolves.toEqual(before);
    await expect(layoutShifts(page)).resolves.toEqual([]);
  });

  it('takes the catalogue index.html asked for, and asks for no drafts when there are none anywhere', async () => {
    const page = await openStart(e2e.context);
    await visible(page, 'start-registration').waitFor();
    await page.locator('#task-materials').waitFor();
    expect(gatewayRequests(e2e, '/materials')).toHaveLength(1);
    expect(gatewayRequests(e2e, '/drafts')).toEqual([]);
  });

  it('keeps the guide folded from the first frame when this phone has a registration under way', async () => {
    const page = await openStart(e2e.context);
    await visible(page, 'start-registration').waitFor();
    await fillChild(page, 'p-all-verified');
    await visible(page, 'resume-registration').waitFor();

    // The same phone opens the page again (the host and the watchers stay with the context).
    const again = await e2e.app.open(e2e.context, { route: ENROLLMENT });
    await visible(again, 'resume-registration').waitFor({ timeout: 10_000 });
    await expect(visible(again, 'guide-toggle').getAttribute('aria-expanded')).resolves.toBe(
      'false',
    );
    await expect(guideSeen(again)).resolves.toBe(false);
  });
});
