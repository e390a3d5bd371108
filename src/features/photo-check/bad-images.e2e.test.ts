import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import type { TestFile } from '../../../config/e2e/test-photos';
import { withExifOrientation } from '../../domain/photos/exif-orientation';
import type { PhotoProblem } from '../../domain/photos/photo-rules';
import { fakeJpeg, fakePng } from '../../domain/photos/test-headers';
import { photos as photoMessages } from '../../messages/zh-cn/photos';

// Issue 8 (opening-day hardening): bad and awkward image files parents will pick (FAQ 12). Each
// is refused with its own Chinese message or succeeds; nothing crashes; other photos stay.
const MB = 1024 * 1024;
const e2e = setUpE2eApp();

type Made = Record<
  | 'oriented'
  | 'transparentPng'
  | 'onePixelPng'
  | 'webp'
  | 'bigJpeg'
  | 'colourNoise'
  | 'phone'
  | 'firstPhoto'
  | 'black'
  | 'screenshot'
  | 'scan120',
  string[]
>;
let made: Made;
let tempDir: string;

/** Draws an upright test scene and stores it as EXIF orientation `n` would need (browser side). */
async function makeInBrowser(page: Page): Promise<Made> {
  return page.evaluate(async () => {
    const canvasOf = (w: number, h: number) => {
      const element = document.createElement('canvas');
      element.width = w;
      element.height = h;
      return element;
    };
    // Headless Chromium has a budget for canvas memory: give each canvas back once encoded.
    const free = (element: HTMLCanvasElement) => {
      element.width = 0;
      element.height = 0;
    };
    const encode = (element: HTMLCanvasElement, type: string, quality?: number) =>
      new Promise<string>((resolve, reject) =>
        element.toBlob(
          (blob) => {
            if (!blob || blob.type !== type) return reject(new Error(`no ${type} encoder`));
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
            reader.readAsDataURL(blob);
          },
          type,
          quality,
        ),
      );
    // Upright: white page, red band along the top, green square top-left, grey text lines.
    const W = 1600;
    const H = 1200;
    const scene = (ctx: CanvasRenderingContext2D) => {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, W, H);
      ctx.fillStyle = '#e00000';
      ctx.fillRect(0, 0, W, 24);
      ctx.fillStyle = '#00c000';
      ctx.fillRect(0, 24, 200, 200);
      ctx.fillStyle = '#555';
      for (let y = 300; y < H - 60; y += 60) ctx.fillRect(120, y, W - 240 - (y % 7) * 40, 18);
    };
    // Maps upright (x, y) to stored pixels, so that showing the stored pixels with orientation n
    // gives the upright scene back (EXIF 2.32, Orientation tag).
    const transforms: Record<number, [number, number, number, number, number, number]> = {
      1: [1, 0, 0, 1, 0, 0],
      2: [-1, 0, 0, 1, W, 0],
      3: [-1, 0, 0, -1, W, H],
      4: [1, 0, 0, -1, 0, H],
      5: [0, 1, 1, 0, 0, 0],
      6: [0, -1, 1, 0, 0, W],
      7: [0, -1, -1, 0, H, W],
      8: [0, 1, -1, 0, H, 0],
    };
    const oriented: string[] = [];
    for (let n = 1; n <= 8; n += 1) {
      const element = n >= 5 ? canvasOf(H, W) : canvasOf(W, H);
      const ctx = element.getContext('2d')!;
      ctx.setTransform(...transforms[n]!);
      scene(ctx);
      oriented.push(await encode(element, 'image/jpeg', 0.9));
      free(element);
    }
    const upright = canvasOf(W, H);
    scene(upright.getContext('2d')!);
    const transparent = canvasOf(1400, 1100);
    const tctx = transparent.getContext('2d')!;
    tctx.fillStyle = 'rgba(0, 0, 160, 0.5)';
    tctx.fillRect(100, 100, 1200, 900);
    const noise = (w: number, h: number, colour: boolean) => {
      const element = canvasOf(w, h);
      const ctx = element.getContext('2d')!;
      scene(ctx);
      for (let y0 = 0; y0 < h; y0 += 256) {
        const rows = Math.min(256, h - y0);
        const image = ctx.getImageData(0, y0, w, rows);
        for (let i = 0; i < image.data.length; i += 4) {
          const grey = Math.random() * 255;
          image.data[i] = colour ? Math.random() * 255 : grey;
          image.data[i + 1] = colour ? Math.random() * 255 : grey;
          image.data[i + 2] = colour ? Math.random() * 255 : grey;
          image.data[i + 3] = 255;
        }
        ctx.putImageData(image, 0, y0);
      }
      return element;
    };
    const noiseJpeg = async (colour: boolean, quality: number) => {
      const element = noise(4032, 3024, colour);
      const encoded = await encode(element, 'image/jpeg', quality);
      free(element);
      return encoded;
    };
    const screenshot = canvasOf(1080, 2340);
    const sctx = screenshot.getContext('2d')!;
    sctx.fillStyle = '#f4f4f4';
    sctx.fillRect(0, 0, 1080, 2340);
    sctx.fillStyle = '#222';
    for (let y = 200; y < 2200; y += 90) sctx.fillRect(60, y, 900 - (y % 5) * 80, 28);
    const scan = canvasOf(992, 1403);
    const scanContext = scan.getContext('2d')!;
    scanContext.fillStyle = '#fff';
    scanContext.fillRect(0, 0, 992, 1403);
    scanContext.fillStyle = '#111';
    for (let y = 80; y < 1340; y += 40) scanContext.fillRect(60, y, 860 - (y % 3) * 120, 12);
    const black = canvasOf(1600, 1200);
    const bctx = black.getContext('2d')!;
    bctx.fillStyle = '#000';
    bctx.fillRect(0, 0, 1600, 1200);
    return {
      screenshot: [await encode(screenshot, 'image/png')],
      scan120: [await encode(scan, 'image/png')],
      black: [await encode(black, 'image/jpeg', 0.9)],
      oriented,
      transparentPng: [await encode(transparent, 'image/png')],
      onePixelPng: [await encode(canvasOf(1, 1), 'image/png')],
      webp: [await encode(upright, 'image/webp', 0.9)],
      phone: [await encode(upright, 'image/jpeg', 0.92)],
      firstPhoto: [await encode(upright, 'image/jpeg', 0.85)],
      bigJpeg: [await noiseJpeg(false, 0.97)],
      colourNoise: [await noiseJpeg(true, 0.95)],
    };
  });
}

const bytes = (key: keyof Made, index = 0) => Buffer.from(made[key][index] ?? '', 'base64');
const file = (name: string, mimeType: string, buffer: Buffer): TestFile => ({
  name,
  mimeType,
  buffer,
});
const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

/** A baseline JPEG header whose frame has 4 components (CMYK) and made-up entropy data. */
function cmykJpeg(): Buffer {
  const sof = hex('ffc0 0014 08 05dc 07d0 04 011100 021100 031100 041100');
  const adobe = Buffer.concat([hex('ffee 000e'), Buffer.from('Adobe'), hex('0064 0000 0000 02')]);
  const sos = hex('ffda 000e 04 0100 0200 0300 0400 003f00');
  return Buffer.concat([hex('ffd8'), adobe, sof, sos, Buffer.alloc(20_000, 0x5a), hex('ffd9')]);
}

/** A GIF89a of 1200x1000 with two 1x1 frames that loop (an animation), written by hand. */
function animatedGif(): Buffer {
  const frame = hex('21f904 04 0a00 00 00' + '2c 00000000 01000100 00' + '02 02 4401 00');
  return Buffer.concat([
    Buffer.from('GIF89a'),
    hex('b004 e803 80 00 00'),
    hex('000000 ffffff'),
    hex('21ff0b'),
    Buffer.from('NETSCAPE2.0'),
    hex('03 01 0000 00'),
    frame,
    frame,
    hex('3b'),
  ]);
}

/** A 24-bit Windows bitmap, 1200x1000, of grey stripes. */
function bmp(): Buffer {
  const w = 1200;
  const h = 1000;
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'latin1');
  header.writeUInt32LE(54 + w * h * 3, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(w, 18);
  header.writeInt32LE(h, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  const pixels = Buffer.alloc(w * h * 3, 0xe0);
  for (let row = 0; row < h; row += 20) pixels.fill(0x40, row * w * 3, (row + 6) * w * 3);
  return Buffer.concat([header, pixels]);
}

/** The start of an ISO-BMFF file (HEIC from an iPhone, AVIF) with made-up content after it. */
function isoImage(brand: string): Buffer {
  return Buffer.concat([
    hex('00000018'),
    Buffer.from(`ftyp${brand}`),
    hex('00000000'),
    Buffer.from(`mif1${brand}`),
    Buffer.alloc(4000, 7),
  ]);
}

/** Over the 50 MB the phone may read at all: written to disk (Playwright sends paths, not 50 MB). */
function hugeFilePath(): string {
  const target = path.join(tempDir, 'IMG_huge.jpg');
  const header = Buffer.from(fakeJpeg(4000, 3000));
  writeFileSync(target, Buffer.concat([header, Buffer.alloc(51 * MB, 0x11)]));
  return target;
}

type Outcome =
  | { failure: PhotoProblem }
  | {
      uploaded: { width: number; height: number };
      upright?: boolean;
      /** Sent as the parent's own file (without metadata): its type and exact byte count. */
      kept?: { mimeType: 'image/jpeg' | 'image/png'; bytes: () => number };
      /** Uploaded with 可能不够清晰，请放大检查 beside its preview. */
      borderline?: boolean;
    };

interface Row {
  kind: string;
  file: () => TestFile | string;
  outcome: Outcome;
}

const orientationRows: Row[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
  kind: `a photo with EXIF orientation ${n}`,
  file: () =>
    file(
      `IMG_orientation_${n}.jpg`,
      'image/jpeg',
      Buffer.from(withExifOrientation(bytes('oriented', n - 1), n)),
    ),
  outcome: {
    uploaded: { width: 1600, height: 1200 },
    upright: true,
    // Upright already, small: sent as it is, only its EXIF cut out; the others are turned.
    ...(n === 1
      ? { kept: { mimeType: 'image/jpeg' as const, bytes: () => bytes('oriented').length } }
      : {}),
  },
}));

const ROWS: Row[] = [
  {
    kind: 'an empty file',
    file: () => file('IMG_0.jpg', 'image/jpeg', Buffer.alloc(0)),
    outcome: { failure: 'empty' },
  },
  {
    kind: 'a JPEG cut off inside its header',
    file: () => file('IMG_cut.jpg', 'image/jpeg', bytes('phone').subarray(0, 300)),
    outcome: { failure: 'corrupt' },
  },
  {
    kind: 'a text file named .jpg',
    file: () => file('户口簿.jpg', 'image/jpeg', Buffer.from('户主：张三\n住址：济南市历下区\n')),
    outcome: { failure: 'corrupt' },
  },
  {
    kind: 'a PDF scan',
    file: () => file('房产证.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n')),
    outcome: { failure: 'not-image' },
  },
  {
    kind: 'a PNG with transparency',
    file: () => file('scan.png', 'image/png', bytes('transparentPng')),
    outcome: {
      uploaded: { width: 1400, height: 1100 },
      kept: { mimeType: 'image/png', bytes: () => bytes('transparentPng').length },
    },
  },
  {
    // Chromium's <img> decodes CMYK (Adobe APP14) JPEGs, and made-up entropy data as plain grey
    // (the page path refuses that as 'incomplete'); the worker's createImageBitmap does not
    // decode it at all, so where the worker prepares photos it is refused as unreadable.
    kind: 'a CMYK JPEG whose image data is made up (decodes to plain grey)',
    file: () => file('IMG_cmyk.jpg', 'image/jpeg', cmykJpeg()),
    outcome: { failure: 'corrupt' },
  },
  {
    // Chromium's <img> shows the top of such a file with the rest blank.
    kind: 'a JPEG cut off half way, its header whole',
    file: () => {
      const whole = bytes('phone');
      return file('IMG_half.jpg', 'image/jpeg', whole.subarray(0, whole.length >> 1));
    },
    outcome: { failure: 'incomplete' },
  },
  {
    kind: 'a camera JPEG that decodes all black',
    file: () => file('IMG_black.jpg', 'image/jpeg', bytes('black')),
    outcome: { failure: 'incomplete' },
  },
  {
    kind: 'a 1x1 pixel image',
    file: () => file('pixel.png', 'image/png', bytes('onePixelPng')),
    outcome: { failure: 'too-small' },
  },
  {
    kind: 'a JPEG header claiming 108 megapixels',
    file: () => file('IMG_108MP.jpg', 'image/jpeg', Buffer.from(fakeJpeg(12000, 9000))),
    outcome: { failure: 'absurd-dimensions' },
  },
  {
    kind: 'a panorama longer than 10:1',
    file: () => file('PANO.png', 'image/png', Buffer.from(fakePng(20000, 1500))),
    outcome: { failure: 'absurd-dimensions' },
  },
  ...orientationRows,
  {
    // Its two 1x1 frames leave the 1200x1000 screen empty: nothing a reviewer could read.
    kind: 'an animated GIF of two 1x1 frames',
    file: () => file('sticker.gif', 'image/gif', animatedGif()),
    outcome: { failure: 'incomplete' },
  },
  {
    kind: 'a WebP photo',
    file: () => file('IMG.webp', 'image/webp', bytes('webp')),
    outcome: { uploaded: { width: 1600, height: 1200 } },
  },
  {
    kind: 'a Windows bitmap',
    file: () => file('scan.bmp', 'image/bmp', bmp()),
    outcome: { uploaded: { width: 1200, height: 1000 } },
  },
  {
    kind: 'an iPhone HEIC photo',
    file: () => file('IMG_0001.HEIC', 'image/heic', isoImage('heic')),
    outcome: { failure: 'heic-unsupported' },
  },
  {
    kind: 'an AVIF file that does not decode',
    file: () => file('IMG.avif', 'image/avif', isoImage('avif')),
    outcome: { failure: 'type-unsupported' },
  },
  {
    kind: 'a TIFF scan',
    file: () =>
      file('scan.tif', 'image/tiff', Buffer.concat([hex('49492a00'), Buffer.alloc(2000)])),
    outcome: { failure: 'type-unsupported' },
  },
  {
    kind: 'a 12 MP photo of over 5 MB that compresses fine',
    file: () => file('IMG_big.jpg', 'image/jpeg', bytes('bigJpeg')),
    outcome: { uploaded: { width: 2339, height: 1754 } },
  },
  {
    // Phones append the video of a "motion photo" after the JPEG's end marker.
    kind: 'a motion photo of over 5 MB (video after the JPEG)',
    file: () =>
      file(
        'MVIMG_20220705.jpg',
        'image/jpeg',
        Buffer.concat([bytes('phone'), Buffer.alloc(6 * MB, 3)]),
      ),
    outcome: {
      uploaded: { width: 1600, height: 1200 },
      kept: { mimeType: 'image/jpeg', bytes: () => bytes('phone').length },
    },
  },
  {
    // A receipt scanned at about 120 dpi: an original, not a chat thumbnail, a little small.
    kind: 'a receipt scanned at about 120 dpi, its short side a few pixels under 1000',
    file: () => file('scan_receipt.png', 'image/png', bytes('scan120')),
    outcome: {
      uploaded: { width: 992, height: 1403 },
      kept: { mimeType: 'image/png', bytes: () => bytes('scan120').length },
      borderline: true,
    },
  },
  {
    // Resampling 2340 px to 2339 px would only blur the text; under 1 MB the PNG goes as it is.
    kind: 'a 1080 x 2340 PNG screenshot',
    file: () => file('Screenshot_20220705.png', 'image/png', bytes('screenshot')),
    outcome: {
      uploaded: { width: 1080, height: 2340 },
      kept: { mimeType: 'image/png', bytes: () => bytes('screenshot').length },
    },
  },
  {
    // The worst case for JPEG: at 2339 px and quality 0.6 it still fits 5 MB, so no file can
    // force the shrink below the legible size (or 'compress-failed') in Chromium.
    kind: 'a 12 MP photo of pure colour noise',
    file: () => file('IMG_noise.jpg', 'image/jpeg', bytes('colourNoise')),
    outcome: { uploaded: { width: 2339, height: 1754 } },
  },
  { kind: 'a file over 50 MB', file: () => hugeFilePath(), outcome: { failure: 'source-too-big' } },
];

beforeAll(async () => {
  tempDir = mkdtempSync(path.join(tmpdir(), 'bad-images-'));
  const context = await e2e.app.browser.newContext();
  made = await makeInBrowser(await context.newPage());
  await context.close();
}, 120_000);

afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

async function choose(page: Page, chosen: TestFile | string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('#photo-check-album').click(),
  ]);
  await chooser.setFiles(chosen);
}

/** Red top edge and green top-left square where the upright scene has them (not mirrored). */
async function looksUpright(page: Page, n: number) {
  return page.locator(`#photo-check-photo-${n}-preview img`).evaluate(async (img) => {
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

describe('bad and awkward image files on the photo check page', () => {
  it('covers at least 15 kinds of file', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(ROWS.map((row) => [row.kind, row]))('handles %s', async (_kind, row) => {
    const chosen = row.file();
    if (typeof chosen !== 'string' && row.kind.includes('over 5 MB')) {
      expect(chosen.buffer.length).toBeGreaterThan(5 * MB);
    }
    const page = await e2e.app.open(e2e.context, {
      parentId: 'p-all-verified',
      route: '/features/photo-check/index',
    });
    // Bytes no row below is made from: the same photo twice is refused as a duplicate.
    await choose(page, file('IMG_good.jpg', 'image/jpeg', bytes('firstPhoto')));
    const good = page.locator('#photo-check-photo-1[data-state="uploaded"]');
    await good.waitFor({ timeout: 30_000 });
    const goodId = await good.getAttribute('data-upload-id');

    await choose(page, chosen);
    const failed = page.locator('[id^="photo-check-new-"][data-state="failed"] [role="alert"]');
    const second = page.locator('#photo-check-photo-2[data-state="uploaded"]');
    await failed.or(second).first().waitFor({ timeout: 45_000 });

    const { outcome } = row;
    if ('failure' in outcome) {
      await expect(failed.count()).resolves.toBe(1);
      await expect(failed.getAttribute('data-failure')).resolves.toBe(outcome.failure);
      const message = photoMessages.problems[outcome.failure];
      await expect(failed.innerText()).resolves.toContain(message.title);
      await expect(second.count()).resolves.toBe(0);
    } else {
      await expect(failed.count()).resolves.toBe(0);
      const result = page.locator('#photo-check-results .notice').nth(1);
      const data = await result.evaluate((node) => ({ ...(node as HTMLElement).dataset }));
      expect(data.mimeType).toBe(outcome.kept?.mimeType ?? 'image/jpeg');
      expect(Number(data.bytes)).toBeLessThanOrEqual(5 * MB);
      if (outcome.kept) expect(Number(data.bytes)).toBe(outcome.kept.bytes());
      const warning = page.locator('#photo-check-photo-2-warning');
      await expect(warning.count()).resolves.toBe(outcome.borderline ? 1 : 0);
      if (outcome.borderline) {
        await expect(warning.innerText()).resolves.toContain(photoMessages.maybeBlurry);
        await expect(page.locator('#photo-check-photo-2-preview img').count()).resolves.toBe(1);
      }
      expect({ width: Number(data.width), height: Number(data.height) }).toEqual(outcome.uploaded);
      if (outcome.upright) expect(await looksUpright(page, 2)).toBe(true);
    }
    await expect(good.getAttribute('data-upload-id')).resolves.toBe(goodId);
    expect(e2e.app.observed(e2e.context).pageErrors).toEqual([]);
  });
});

describe('turning a photo by hand on the photo check page', () => {
  it('turns an uploaded photo a quarter turn clockwise and sends the turned picture', async () => {
    const page = await e2e.app.open(e2e.context, {
      parentId: 'p-all-verified',
      route: '/features/photo-check/index',
    });
    await choose(page, file('IMG_page.jpg', 'image/jpeg', bytes('phone')));
    const tile = page.locator('#photo-check-photo-1[data-state="uploaded"]');
    await tile.waitFor({ timeout: 30_000 });
    const firstId = await tile.getAttribute('data-upload-id');
    await page.locator('#photo-check-photo-1-open').click();
    await page.locator('#photo-check-viewer-rotate').click();
    const turned = page.locator(
      `#photo-check-photo-1[data-state="uploaded"]:not([data-upload-id="${firstId}"])`,
    );
    await turned.waitFor({ timeout: 30_000 });
    const result = page.locator(
      `#photo-check-result-${await turned.getAttribute('data-upload-id')}`,
    );
    const data = await result.evaluate((node) => ({ ...(node as HTMLElement).dataset }));
    expect({ width: Number(data.width), height: Number(data.height) }).toEqual({
      width: 1200,
      height: 1600,
    });
    // The red band along the scene's top now runs down the right edge.
    const rightEdgeRed = await page
      .locator('#photo-check-photo-1-preview img')
      .evaluate(async (img) => {
        const image = img as HTMLImageElement;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const [r = 0, g = 0] = Array.from(
          ctx.getImageData(canvas.width - 4, canvas.height / 2, 1, 1).data,
        );
        return r > 150 && g < 90;
      });
    expect(rightEdgeRed).toBe(true);
    expect(e2e.app.observed(e2e.context).pageErrors).toEqual([]);
  });
});
