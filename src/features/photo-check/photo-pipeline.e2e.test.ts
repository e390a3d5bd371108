import type { BrowserContext, Page } from 'playwright-core';
import { keepScreenshot } from '../../../config/e2e/artifacts';
import { DISPLAY_MODES, elderSizeProblems, showMode } from '../../../config/e2e/display-modes';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { makeTestPhotos, type TestFile, type TestPhotos } from '../../../config/e2e/test-photos';

const e2e = setUpE2eApp();
let photos: TestPhotos;

beforeAll(async () => {
  photos = await makeTestPhotos(e2e.app.browser);
}, 120_000);

/** Long tasks on the page's main thread from its first script on, with their start times. */
async function watchLongTasks(context: BrowserContext) {
  await context.addInitScript(() => {
    const seen: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof seen }).longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        seen.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ entryTypes: ['longtask'] });
  });
}

async function openCheck(context: BrowserContext): Promise<Page> {
  const page = await e2e.app.open(context, {
    parentId: 'p-all-verified',
    route: '/features/photo-check/index',
  });
  await page.locator('#photo-check-album').waitFor();
  return page;
}

async function choose(page: Page, button: string, ...files: TestFile[]) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator(button).click(),
  ]);
  await chooser.setFiles(files);
}

/**
 * Chooses a photo and answers the longest main-thread task while it was being prepared: from its
 * pending tile (the file chooser's own task, which holds the page while the test hands over the
 * file, is not ours) until it is uploading.
 */
async function longestTaskWhilePreparing(page: Page, file: TestFile): Promise<number> {
  await choose(page, '#photo-check-album', file);
  const pending = await page.waitForFunction(
    () => (document.querySelector('[id^="photo-check-new-"]') ? performance.now() : false),
    undefined,
    { timeout: 30_000, polling: 10 },
  );
  const started = (await pending.jsonValue()) as number;
  const prepared = await page.waitForFunction(
    () => {
      const tile = document.querySelector('[id^="photo-check-new-"], #photo-check-photo-1');
      const state = tile?.getAttribute('data-state');
      return state === 'uploading' || state === 'uploaded' ? performance.now() : false;
    },
    undefined,
    { timeout: 30_000, polling: 10 },
  );
  const ended = (await prepared.jsonValue()) as number;
  await page.locator('#photo-check-photo-1[data-state="uploaded"]').waitFor({ timeout: 30_000 });
  return page.evaluate(
    ({ from, to }) =>
      (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
        .filter((task) => task.start >= from && task.start <= to)
        .reduce((longest, task) => Math.max(longest, task.duration), 0),
    { from: started, to: ended },
  );
}

async function result(page: Page, n: number) {
  return page
    .locator('#photo-check-results .notice')
    .nth(n - 1)
    .evaluate((node) => {
      const data = (node as HTMLElement).dataset;
      return { id: node.id, width: Number(data.width), height: Number(data.height) };
    });
}

describe('preparing photos off the page (FAQ 12, a responsive page on every phone)', () => {
  it('prepares a 12 MP photo in a worker with no long task on the page', async () => {
    await watchLongTasks(e2e.context);
    const page = await openCheck(e2e.context);
    const longest = await longestTaskWhilePreparing(page, photos.phone12);
    expect(page.workers().length).toBeGreaterThanOrEqual(1);
    expect(await result(page, 1)).toMatchObject({ width: 2339, height: 1754 });
    expect(longest).toBeLessThanOrEqual(50);
    expect(e2e.app.observed(e2e.context).pageErrors).toEqual([]);
  });

  it('prepares on the page where the webview has no OffscreenCanvas, upright all the same', async () => {
    await e2e.context.addInitScript(() => {
      delete (window as unknown as { OffscreenCanvas?: unknown }).OffscreenCanvas;
    });
    await watchLongTasks(e2e.context);
    const page = await openCheck(e2e.context);
    const longest = await longestTaskWhilePreparing(page, photos.sideways);
    expect(page.workers()).toEqual([]);
    expect(await result(page, 1)).toMatchObject({ width: 1754, height: 2339 });
    // The fallback decodes a 12 MP photo on the page: this is what the worker spares.
    expect(longest).toBeGreaterThan(50);
  });

  it('refuses the same photo chosen twice with its own message, uploading it once', async () => {
    const page = await openCheck(e2e.context);
    await choose(page, '#photo-check-album', photos.phone12);
    await page.locator('#photo-check-photo-1[data-state="uploaded"]').waitFor({ timeout: 30_000 });
    await choose(page, '#photo-check-album', photos.phone12);
    const alert = page.locator('[id^="photo-check-new-"][data-state="failed"] [role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.getAttribute('data-failure')).resolves.toBe('duplicate');
    await expect(alert.innerText()).resolves.toContain('这张照片已经上传过了');
    await expect(page.locator('#photo-check-results .notice').count()).resolves.toBe(1);
    await expect(page.locator('#photo-check-count').getAttribute('aria-label')).resolves.toBe(
      '已上传 1 张，共需 9 张',
    );
  });
});

describe('the photo grid and its full-screen preview', () => {
  it('opens a photo full screen, zooms, turns it there, and holds in both languages and elder mode', async () => {
    const page = await openCheck(e2e.context);
    await choose(page, '#photo-check-album', photos.phone12, photos.screenshot);
    await page.locator('#photo-check-photo-2[data-state="uploaded"]').waitFor({ timeout: 45_000 });
    await expect(page.locator('#photo-check-count').innerText()).resolves.toBe('2/9');
    await expect(page.locator('#photo-check').innerText()).resolves.not.toMatch(/像素|MB/);
    const tiles = await page
      .locator('.photo-slot__grid .photo-tile')
      .evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().top)));
    expect(new Set(tiles).size).toBe(1);

    await page.locator('#photo-check-photo-1-open').click();
    const viewer = page.locator('#photo-check-viewer');
    await expect(page.locator('#photo-check-viewer-counter').innerText()).resolves.toBe('1/2');
    const box = await viewer.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390 });
    await page.locator('#photo-check-viewer-zoom-in').click();
    await expect(
      page.locator('#photo-check-viewer-stage').getAttribute('data-scale'),
    ).resolves.toBe('1.5');
    await page.locator('#photo-check-viewer-stage').dblclick();
    await expect(
      page.locator('#photo-check-viewer-stage').getAttribute('data-scale'),
    ).resolves.toBe('1');

    // The preferences bar is under the preview: each mode is set with the preview closed.
    await page.locator('#photo-check-viewer-close').click();
    for (const mode of DISPLAY_MODES) {
      await showMode(page, mode);
      const suffix = `${mode.lang}${mode.elder ? '-elder' : ''}`;
      await keepScreenshot(page, `photo-grid-${suffix}`);
      const sizes = async () => (await elderSizeProblems(page)).filter((p) => /photo-/.test(p));
      if (mode.elder) expect(await sizes()).toEqual([]);
      await page.locator('#photo-check-photo-1-open').click();
      await keepScreenshot(page, `photo-preview-${suffix}`);
      if (mode.elder) expect(await sizes()).toEqual([]);
      await page.locator('#photo-check-viewer-close').click();
    }
    await page.locator('#photo-check-photo-1-open').click();

    const before = await page.locator('#photo-check-photo-1').getAttribute('data-upload-id');
    await page.locator('#photo-check-viewer-rotate').click();
    await page
      .locator(`#photo-check-photo-1[data-state="uploaded"]:not([data-upload-id="${before}"])`)
      .waitFor({ timeout: 30_000 });
    expect(await result(page, 1)).toMatchObject({ width: 1754, height: 2339 });
    await expect(page.locator('#photo-check-viewer-rotate').count()).resolves.toBe(1);
    expect(e2e.app.observed(e2e.context).pageErrors).toEqual([]);
  }, 120_000);
});
