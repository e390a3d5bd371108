import type { Page } from 'playwright-core';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { makeTestPhotos, type TestFile, type TestPhotos } from '../../../config/e2e/test-photos';

const MB = 1024 * 1024;

const e2e = setUpE2eApp();
let photos: TestPhotos;

interface Result {
  id: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  mimeType: string;
}

beforeAll(async () => {
  photos = await makeTestPhotos(e2e.app.browser, { big: true });
}, 120_000);

async function openCheck(): Promise<Page> {
  const page = await e2e.app.open(e2e.context, {
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

async function results(page: Page): Promise<Result[]> {
  return page.locator('#photo-check-results .notice').evaluateAll((nodes) =>
    nodes.map((node) => {
      const data = (node as HTMLElement).dataset;
      return {
        id: node.id.replace('photo-check-result-', ''),
        width: Number(data.width),
        height: Number(data.height),
        bytes: Number(data.bytes),
        sha256: data.sha256 ?? '',
        mimeType: data.mimeType ?? '',
      };
    }),
  );
}

async function uploadedTile(page: Page, n: number) {
  const tile = page.locator(`#photo-check-photo-${n}[data-state="uploaded"]`);
  await tile.waitFor({ timeout: 30_000 });
  return tile;
}

/** Red share of the preview's top-centre pixel: the test scene marks the top edge in red. */
async function topMarkIsRed(page: Page, n: number): Promise<boolean> {
  return page.locator(`#photo-check-photo-${n}-preview img`).evaluate(async (img) => {
    const image = img as HTMLImageElement;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(image, 0, 0);
    const [r = 0, g = 0, b = 0] = ctx?.getImageData(canvas.width / 2, 3, 1, 1).data ?? [];
    return r > 150 && g < 90 && b < 90;
  });
}

describe('photo check page (提前检查照片)', () => {
  it('compresses a 12 MP phone photo, shows upload progress, the preview and the reference', async () => {
    const page = await openCheck();
    const cdp = await e2e.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 300 * 1024,
    });
    await choose(page, '#photo-check-album', photos.phone12);
    const bar = page.locator(
      '[id^="photo-check-new-"][data-state="uploading"] [role="progressbar"]',
    );
    await page.waitForFunction(() => {
      const node = document.querySelector('[role="progressbar"]');
      const now = Number(node?.getAttribute('aria-valuenow'));
      return now > 0 && now < 100;
    });
    await expect(bar.count()).resolves.toBe(1);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const tile = await uploadedTile(page, 1);
    const [result] = await results(page);
    expect(result).toMatchObject({ width: 2339, height: 1754, mimeType: 'image/jpeg' });
    expect(result?.bytes).toBeLessThan(MB);
    expect(await tile.getAttribute('data-upload-id')).toBe(result?.id);
    const previewHash = await page
      .locator('#photo-check-photo-1-preview img')
      .evaluate(async (img) => {
        const bytes = await (await fetch((img as HTMLImageElement).src)).arrayBuffer();
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      });
    expect(previewHash).toBe(result?.sha256);
    expect(await topMarkIsRed(page, 1)).toBe(true);
  });

  it('turns a photo taken sideways upright (EXIF orientation 6)', async () => {
    const page = await openCheck();
    await choose(page, '#photo-check-album', photos.sideways);
    await uploadedTile(page, 1);
    expect((await results(page))[0]).toMatchObject({ width: 1754, height: 2339 });
    expect(await topMarkIsRed(page, 1)).toBe(true);
  });

  it('turns a large PNG screenshot and a 48 MP photo into legible JPEGs under 5 MB', async () => {
    const page = await openCheck();
    await choose(page, '#photo-check-album', photos.screenshot, photos.phone48);
    await uploadedTile(page, 2);
    const [screenshot, big] = await results(page);
    expect(screenshot).toMatchObject({ height: 2339, mimeType: 'image/jpeg' });
    expect(Math.abs((screenshot?.width ?? 0) - (1440 * 2339) / 3200)).toBeLessThan(1);
    expect(big).toMatchObject({ width: 2339, height: 1754, mimeType: 'image/jpeg' });
    expect(Math.max(screenshot?.bytes ?? Infinity, big?.bytes ?? Infinity)).toBeLessThan(5 * MB);
  }, 90_000);

  it('gives each bad file its own message and leaves the other photos untouched', async () => {
    const page = await openCheck();
    await choose(page, '#photo-check-album', photos.phone12);
    const good = await uploadedTile(page, 1);
    const goodId = await good.getAttribute('data-upload-id');
    const bad = [
      photos.thumbnail,
      photos.heic,
      photos.text,
      photos.empty,
      photos.corrupt,
      photos.absurd,
    ];
    await choose(page, '#photo-check-album', ...bad);
    const failed = page.locator('[id^="photo-check-new-"][data-state="failed"]');
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-state="failed"]').length === count,
      bad.length,
    );
    const failures = await failed
      .locator('[role="alert"]')
      .evaluateAll((nodes) =>
        nodes.map((n) => [(n as HTMLElement).dataset.failure, n.textContent]),
      );
    expect(failures.map(([kind]) => kind)).toEqual([
      'thumbnail',
      'heic-unsupported',
      'not-image',
      'empty',
      'corrupt',
      'absurd-dimensions',
    ]);
    expect(failures[0]?.[1]).toContain('缩略图');
    expect(failures[1]?.[1]).toContain('兼容性最佳');
    expect(await good.getAttribute('data-upload-id')).toBe(goodId);
    expect(await results(page)).toHaveLength(1);
    await failed.first().locator('[id$="-dismiss"]').click();
    await expect(failed.count()).resolves.toBe(bad.length - 1);
  });

  it('cancels a slow upload, and retries after the phone lost its network', async () => {
    await e2e.app.control('/faults', {
      mode: 'latency',
      latencyMs: 10_000,
      pathPrefix: '/uploads',
    });
    const page = await openCheck();
    await choose(page, '#photo-check-album', photos.phone12);
    const uploading = page.locator('[id^="photo-check-new-"][data-state="uploading"]');
    await uploading.waitFor();
    await uploading.locator('[id$="-cancel"]').click();
    await uploading.waitFor({ state: 'detached' });
    expect(await results(page)).toEqual([]);

    await e2e.app.control('/faults', null);
    const cdp = await e2e.context.newCDPSession(page);
    await cdp.send('Network.enable');
    const network = (offline: boolean) =>
      cdp.send('Network.emulateNetworkConditions', {
        offline,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    await network(true);
    await choose(page, '#photo-check-album', photos.phone12);
    const failed = page.locator('[id^="photo-check-new-"][data-state="failed"]');
    await failed.waitFor();
    await expect(failed.locator('[role="alert"]').getAttribute('data-failure')).resolves.toBe(
      'NETWORK',
    );
    await network(false);
    await failed.locator('[id$="-retry"]').click();
    await uploadedTile(page, 1);
    expect(await results(page)).toHaveLength(1);
  });

  it('replaces a photo in place and deletes one', async () => {
    const page = await openCheck();
    await choose(page, '#photo-check-album', photos.phone12);
    const first = await uploadedTile(page, 1);
    const firstId = await first.getAttribute('data-upload-id');
    await page.locator('#photo-check-photo-1-open').click();
    await choose(page, '#photo-check-viewer-replace', photos.sideways);
    await page.waitForFunction((old) => {
      const tile = document.querySelector('#photo-check-photo-1');
      return (
        tile?.getAttribute('data-state') === 'uploaded' &&
        tile.getAttribute('data-upload-id') !== old
      );
    }, firstId);
    expect(await results(page)).toEqual([expect.objectContaining({ width: 1754, height: 2339 })]);
    await page.locator('#photo-check-viewer-remove').click();
    await page.locator('#photo-check-viewer').waitFor({ state: 'detached' });
    await page.locator('#photo-check-photo-1').waitFor({ state: 'detached' });
    expect(await results(page)).toEqual([]);
  });

  it('renews an expired session through the host and still uploads', async () => {
    const page = await openCheck();
    await e2e.app.control('/sessions/expire', {});
    await choose(page, '#photo-check-album', photos.phone12);
    await uploadedTile(page, 1);
    expect(await results(page)).toHaveLength(1);
  });
});
