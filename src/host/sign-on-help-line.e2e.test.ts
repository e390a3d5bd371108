import type { BrowserContext, Page } from 'playwright-core';
import { keepScreenshot } from '../../config/e2e/artifacts';
import { DISPLAY_MODES, showMode } from '../../config/e2e/display-modes';
import { PRODUCTION_BUILD_DIR, startE2eApp, type E2eApp } from '../../config/e2e/e2e-app';
import { LOVE_SHANDONG_UA, playHost } from '../../config/e2e/simulated-host';
import { BUREAU_HELP_LINE } from '../../mock/seed/season';
import { signOn } from '../messages/zh-cn/sign-on';

// The season is public, so it arrives while the host signs the parent in: a parent the host
// cannot sign in still finds the bureau's help line on the screen that says why.
let app: E2eApp;
let context: BrowserContext;

beforeAll(async () => {
  app = await startE2eApp(PRODUCTION_BUILD_DIR);
});

afterAll(async () => {
  await app.close();
});

afterEach(async () => {
  expect(app.observed(context).pageErrors).toEqual([]);
  await context.close();
});

async function legalPersonScreen(): Promise<Page> {
  context = await app.newContext({ userAgent: LOVE_SHANDONG_UA });
  await playHost(context, { hostId: 'ishandong', getTicket: [{ envelope: { usertype: '2' } }] });
  const page = await app.open(context);
  await page.locator('#problem-panel').waitFor();
  return page;
}

describe('a parent the host cannot sign in', () => {
  it('sees the help line beside the reason, in every display mode', async () => {
    const page = await legalPersonScreen();
    await expect(page.locator('#problem-panel').innerText()).resolves.toContain(
      signOn['legal-person'].title,
    );
    const helpLine = page.locator('#footer-help-line');
    await helpLine.waitFor();
    await expect(helpLine.innerText()).resolves.toContain(BUREAU_HELP_LINE);
    for (const mode of DISPLAY_MODES) {
      await showMode(page, mode);
      await helpLine.waitFor();
      await keepScreenshot(page, `sign-on-refused-${mode.lang}${mode.elder ? '-elder' : ''}`);
    }
  });
});
