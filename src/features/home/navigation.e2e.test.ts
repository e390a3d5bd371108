/**
 * Navigation that cannot pile up: footer links tapped again and again reuse the pages already
 * open, and 首页 returns to the home page the parent started on.
 */
import { visible } from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';

const e2e = setUpE2eApp();

describe('the footer links', () => {
  it('never stack more than one copy of a page, and 首页 goes back to the first one', async () => {
    const page = await e2e.app.open(e2e.context, { parentId: 'p-all-verified' });
    await visible(page, 'subsystem-enrollment').waitFor({ timeout: 20_000 });
    const pages = () => page.locator('.taro_page').count();
    for (let i = 0; i < 6; i += 1) {
      await visible(page, 'footer-notices').click();
      await page.waitForTimeout(500);
      await visible(page, 'footer-faq').click();
      await page.waitForTimeout(500);
    }
    await expect(pages()).resolves.toBeLessThanOrEqual(3);
    await visible(page, 'footer-home').click();
    await visible(page, 'subsystem-enrollment').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(800);
    await expect(pages()).resolves.toBe(1);
  });
});
