import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { ARTIFACTS_DIR, keepScreenshot } from '../../../config/e2e/artifacts';
import { DISPLAY_MODES, showMode } from '../../../config/e2e/display-modes';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { photos as photoMessages } from '../../messages/zh-cn/photos';

// FAQ 12: iPhones save HEIC, which Chromium (like most Android webviews) cannot decode. The
// light app decodes it with a decoder fetched only then, and refuses with advice where it cannot.
const e2e = setUpE2eApp();

const HEIC = {
  name: 'IMG_0001.HEIC',
  mimeType: 'image/heic',
  buffer: readFileSync(path.resolve(__dirname, '../../../config/e2e/fixtures/page-1600x1200.heic')),
};
const DECODER_CHUNK = /\/js\/heic-decoder\.[0-9a-f]+\.js$/;

async function openPhotoCheck(): Promise<{ page: Page; decoderRequests: Request[] }> {
  const decoderRequests: Request[] = [];
  e2e.context.on('request', (request) => {
    if (DECODER_CHUNK.test(new URL(request.url()).pathname)) decoderRequests.push(request);
  });
  const page = await e2e.app.open(e2e.context, {
    parentId: 'p-all-verified',
    route: '/features/photo-check/index',
  });
  return { page, decoderRequests };
}

async function choose(page: Page) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('#photo-check-album').click(),
  ]);
  await chooser.setFiles(HEIC);
}

/** Red top edge and green top-left square where the upright page has them (not mirrored). */
async function looksUpright(page: Page) {
  return page.locator('#photo-check-photo-1-preview img').evaluate(async (img) => {
    const image = img as HTMLImageElement;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const at = (x: number, y: number) => Array.from(ctx.getImageData(x, y, 1, 1).data);
    const [r1 = 0, g1 = 0] = at(canvas.width / 2, 4);
    const [r2 = 0, g2 = 0] = at(canvas.width * 0.05, canvas.height * 0.1);
    const [r3 = 0, g3 = 0] = at(canvas.width * 0.95, canvas.height * 0.1);
    return r1 > 150 && g1 < 90 && g2 > 150 && r2 < 90 && !(g3 > 150 && r3 < 90);
  });
}

async function screenshotEveryMode(page: Page, name: string) {
  for (const mode of DISPLAY_MODES) {
    await showMode(page, mode);
    await keepScreenshot(page, `${name}-${mode.lang}${mode.elder ? '-elder' : ''}`);
  }
}

describe('HEIC photos on a webview that cannot decode them', () => {
  it('the fixture is a real HEIC file Chromium cannot decode by itself', async () => {
    expect(HEIC.buffer.subarray(4, 12).toString('latin1')).toBe('ftypheic');
    const { page } = await openPhotoCheck();
    const decodes = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      return createImageBitmap(new Blob([bytes], { type: 'image/heic' })).then(
        () => true,
        () => false,
      );
    }, HEIC.buffer.toString('base64'));
    expect(decodes).toBe(false);
  });

  it('decodes, prepares and uploads a HEIC photo upright, fetching the decoder only then', async () => {
    const { page, decoderRequests } = await openPhotoCheck();
    await page.locator('#photo-check-album').waitFor();
    expect(decoderRequests).toEqual([]);

    const started = Date.now();
    await choose(page);
    const tile = page.locator('#photo-check-photo-1[data-state="uploaded"]');
    await tile.waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - started;

    expect(decoderRequests).toHaveLength(1);
    const result = page.locator(`#photo-check-result-${await tile.getAttribute('data-upload-id')}`);
    const data = await result.evaluate((node) => ({ ...(node as HTMLElement).dataset }));
    expect(data.mimeType).toBe('image/jpeg');
    expect({ width: Number(data.width), height: Number(data.height) }).toEqual({
      width: 1600,
      height: 1200,
    });
    expect(Number(data.bytes)).toBeLessThanOrEqual(1024 * 1024);
    expect(await looksUpright(page)).toBe(true);
    await expect(page.locator('[data-state="failed"]').count()).resolves.toBe(0);
    // For the README's figure: chosen to uploaded, and the decoder's fetch and parse within it.
    const chunk = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/js/heic-decoder.'))
        .map((entry) => Math.round(entry.duration)),
    );
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(
      path.join(ARTIFACTS_DIR, 'heic-timing.json'),
      JSON.stringify({ chosenToUploadedMs: elapsed, decoderChunkFetchMs: chunk }),
    );
    await screenshotEveryMode(page, 'heic-uploaded');
    expect(e2e.app.observed(e2e.context).pageErrors).toEqual([]);
  });

  it('keeps the refusal with advice when the decoder cannot be loaded', async () => {
    await e2e.context.route(DECODER_CHUNK, (route) => route.abort('failed'));
    const { page, decoderRequests } = await openPhotoCheck();
    await choose(page);
    const failed = page.locator('[id^="photo-check-new-"][data-state="failed"] [role="alert"]');
    await failed.waitFor({ timeout: 60_000 });

    expect(decoderRequests.length).toBeGreaterThanOrEqual(1);
    await expect(failed.getAttribute('data-failure')).resolves.toBe('heic-unsupported');
    await expect(failed.innerText()).resolves.toContain(
      photoMessages.problems['heic-unsupported'].title,
    );
    await expect(page.locator('[data-state="uploaded"]').count()).resolves.toBe(0);
    await screenshotEveryMode(page, 'heic-refused');
  });
});
