import type { Page } from 'playwright-core';
import { visible } from './enrollment-steps';
import { setUpE2eApp } from './set-up-e2e-app';

// Issue 9: language and elder mode reachable from every page, remembered per parent on the
// device, following the host app's elder setting, and usable from a keyboard.
const e2e = setUpE2eApp();

async function openHome(parentId: string, query: Record<string, string> = {}): Promise<Page> {
  const page = await e2e.app.open(e2e.context, { parentId, query });
  await visible(page, 'subsystem-enrollment').waitFor();
  return page;
}

const elderOn = (page: Page) =>
  page
    .locator('.page:visible')
    .first()
    .evaluate((root) => root.classList.contains('page--elder'));

describe('display preferences', () => {
  it('follows the host app’s elder-friendly setting until the parent switches it here', async () => {
    const page = await openHome('p-all-verified', { devElderMode: 'on' });
    await page.locator('#switch-elder-mode:visible[aria-pressed="true"]').waitFor();
    expect(await elderOn(page)).toBe(true);
    await visible(page, 'switch-elder-mode').click();
    await page.reload();
    await visible(page, 'subsystem-enrollment').waitFor();
    await expect(visible(page, 'switch-elder-mode').getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    expect(await elderOn(page)).toBe(false);
  });

  it('remembers each parent’s language on the same phone, for every page', async () => {
    const page = await openHome('p-all-verified');
    await visible(page, 'switch-language').click();
    // The English words arrive in their own chunk; the page switches once they are there.
    await page
      .locator('#subsystem-enrollment:visible', {
        hasText: 'Primary school enrollment registration',
      })
      .waitFor();
    await visible(page, 'footer-faq').click();
    await visible(page, 'faq-1').waitFor();
    await expect(
      page.locator('.page:visible h1, .page:visible [aria-level="1"]').first().innerText(),
    ).resolves.toBe('Questions and answers');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en-US');

    const other = await openHome('p-migrant-worker');
    await visible(other, 'switch-language').click();
    await other.locator('#switch-language:visible', { hasText: 'English' }).waitFor();
    const again = await openHome('p-all-verified');
    await again.locator('#switch-language:visible', { hasText: '中文' }).waitFor();
    await expect(visible(again, 'subsystem-enrollment-phase').innerText()).resolves.toContain(
      '10 July 2022, 18:00',
    );
  });

  it('switches from the keyboard, with a visible focus ring', async () => {
    const page = await openHome('p-all-verified');
    await visible(page, 'switch-language').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en-US');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { id: element.id, outline: getComputedStyle(element).outlineStyle };
    });
    expect(focused).toEqual({ id: 'switch-elder-mode', outline: 'solid' });
    await page.keyboard.press(' ');
    await page.locator('#switch-elder-mode:visible[aria-pressed="true"]').waitFor();
  });
});
