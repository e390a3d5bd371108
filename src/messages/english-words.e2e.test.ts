import { keepScreenshot } from '../../config/e2e/artifacts';
import { visible } from '../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../config/e2e/set-up-e2e-app';

// Most parents read Chinese: the English words (about 16 KB gzip) are a chunk of their own,
// fetched when a parent chooses English or has it saved on the phone.
const e2e = setUpE2eApp();

const ENGLISH_CHUNK = /\/js\/words-en-us\.[0-9a-f]+\.js$/;

describe('the English words', () => {
  it('are fetched only once a parent chooses English, and then every word on the page is English', async () => {
    const fetched: string[] = [];
    e2e.context.on('request', (request) => {
      if (ENGLISH_CHUNK.test(request.url())) fetched.push(request.url());
    });
    const page = await e2e.app.open(e2e.context, { parentId: 'p-all-verified' });
    await visible(page, 'subsystem-enrollment').waitFor();
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN');

    await visible(page, 'switch-language').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en-US');
    await expect(visible(page, 'subsystem-enrollment').innerText()).resolves.toContain(
      'Primary school enrollment registration',
    );
    expect(fetched).toHaveLength(1);
  });

  it('come before the first page when English is saved: the boot frame stays until they arrive, never a Chinese page', async () => {
    const first = await e2e.app.open(e2e.context, { parentId: 'p-all-verified' });
    await visible(first, 'subsystem-enrollment').waitFor();
    await visible(first, 'switch-language').click();
    await first.waitForFunction(() => document.documentElement.lang === 'en-US');
    const url = first.url();
    await first.close();

    // A slow line: the English chunk is held back until the page has had time to show itself.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await e2e.context.route(ENGLISH_CHUNK, async (route) => {
      await held;
      await route.continue();
    });
    const page = await e2e.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('#app .title-bar').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    await expect(page.locator('#boot').isVisible()).resolves.toBe(true);
    await expect(page.locator('#app .title-bar:visible').count()).resolves.toBe(0);
    await keepScreenshot(page, 'english-saved-before-words-390');

    release();
    await page.waitForFunction(() => document.documentElement.lang === 'en-US');
    await page.locator('#switch-language:visible', { hasText: '中文' }).waitFor();
    await expect(visible(page, 'subsystem-enrollment').innerText()).resolves.toContain(
      'Primary school enrollment registration',
    );
    await expect(page.locator('#boot').isVisible()).resolves.toBe(false);
    await keepScreenshot(page, 'english-saved-after-words-390');
  });
});
