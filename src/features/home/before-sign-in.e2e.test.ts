import type { BrowserContext, Page } from 'playwright-core';
import { PRODUCTION_BUILD_DIR } from '../../../config/e2e/e2e-app';
import {
  gatewayRequests,
  layoutShifts,
  watchLayoutShifts,
} from '../../../config/e2e/first-screen-watch';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { LOVE_SHANDONG_UA, playHost } from '../../../config/e2e/simulated-host';

// The production build in a host whose bridge the loader injects late (HOST.md): the public
// part of home must not wait for the sign-in, and the sign-in must move nothing when it lands.
const e2e = setUpE2eApp(PRODUCTION_BUILD_DIR, { userAgent: LOVE_SHANDONG_UA });

/** Opens home in the host, keeping every layout shift the page makes on its own. */
async function openHome(context: BrowserContext, injectAfterMs?: number): Promise<Page> {
  await watchLayoutShifts(context);
  await playHost(context, { hostId: 'ishandong', getTicket: [{ envelope: {} }], injectAfterMs });
  return e2e.app.open(context);
}

const configRequests = () => gatewayRequests(e2e, '/config');

afterEach(() => {
  expect(e2e.app.observed(e2e.context).pageErrors).toEqual([]);
});

describe('home before the sign-in has answered', () => {
  it('shows the windows and links at once, and the parent card takes its place without a shift', async () => {
    const page = await openHome(e2e.context, 2_500);

    await page.locator('#subsystem-enrollment-phase').waitFor({ timeout: 2_000 });
    await expect(page.locator('#parent-card-pending').innerText()).resolves.toContain('正在登录');
    await expect(page.locator('#home-faq').isVisible()).resolves.toBe(true);
    const before = await page.locator('#subsystem-enrollment').boundingBox();

    await page.locator('#parent-card').waitFor({ timeout: 10_000 });
    await expect(page.locator('#parent-card-pending').count()).resolves.toBe(0);
    await expect(page.locator('#subsystem-enrollment').boundingBox()).resolves.toEqual(before);
    await expect(layoutShifts(page)).resolves.toEqual([]);
  });

  it('uses the season answer index.html asked for, without asking the gateway again', async () => {
    const page = await openHome(e2e.context);
    await page.locator('#parent-card').waitFor();
    await page.locator('#subsystem-enrollment-phase').waitFor();
    expect(configRequests()).toHaveLength(1);
  });

  it('asks again for a season answer that failed before the app ran, and shows the windows', async () => {
    await e2e.app.control('/faults', { mode: 'server-error', times: 1, pathPrefix: '/config' });
    const page = await openHome(e2e.context);
    await page.locator('#subsystem-enrollment-phase').waitFor();
    expect(configRequests()).toHaveLength(2);
  });
});
