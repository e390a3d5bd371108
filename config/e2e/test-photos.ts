import path from 'node:path';
import type { Browser } from 'playwright-core';
import { withExifOrientation } from '../../src/domain/photos/exif-orientation';

/** A file as Playwright's file chooser takes it. */
export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const GENERATORS = ['document-scene.browser.js', 'test-photos.browser.js'].map((file) =>
  path.resolve(__dirname, '..', 'bench', file),
);

type Generated = Record<
  'phone12' | 'phone12b' | 'phone48' | 'sideways' | 'screenshot' | 'thumbnail',
  string
>;

/** A PNG header that claims 20000 x 20000 pixels (400 MP): no pixels needed to be refused. */
function absurdPng(): Buffer {
  const header = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const size = Buffer.alloc(8);
  size.writeUInt32BE(20000, 0);
  size.writeUInt32BE(20000, 4);
  return Buffer.concat([
    header,
    size,
    Buffer.from('0806000000000000000000000049454e44ae426082', 'hex'),
  ]);
}

/** The start of a HEIC file as iPhones write it; Chromium cannot decode HEIC. */
function heic(): Buffer {
  const ftyp = Buffer.from('00000018667479706865696300000000' + '6d69663168656963', 'hex');
  return Buffer.concat([ftyp, Buffer.alloc(4000, 7)]);
}

/**
 * The photos of the browser tests (FAQ 12): generated on a canvas in a blank page (the same
 * generator as the benchmark), and bad files made by hand. `big` adds the 48 MP photo.
 */
export async function makeTestPhotos(browser: Browser, options: { big?: boolean } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const generator of GENERATORS) await page.addScriptTag({ path: generator });
  const generated = await page.evaluate(async (big): Promise<Generated> => {
    const photos = (
      window as unknown as { testPhotos: Record<string, (...a: number[]) => Promise<Uint8Array>> }
    ).testPhotos;
    const base64 = (bytes: Uint8Array) => {
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(text);
    };
    return {
      phone12: base64(await photos.documentJpeg!(4032, 3024)),
      // Another page from the same phone: a material's second photo (a duplicate is refused).
      phone12b: base64(await photos.documentJpeg!(4032, 3024, 8)),
      phone48: big ? base64(await photos.documentJpeg!(8064, 6048)) : '',
      sideways: base64(await photos.sidewaysDocumentJpeg!()),
      screenshot: base64(await photos.screenshotPng!()),
      thumbnail: base64(await photos.thumbnailJpeg!()),
    };
  }, Boolean(options.big));
  await context.close();
  const bytes = (key: keyof Generated) => Buffer.from(generated[key], 'base64');
  const phone12 = bytes('phone12');
  const file = (name: string, mimeType: string, buffer: Buffer): TestFile => ({
    name,
    mimeType,
    buffer,
  });
  return {
    phone12: file('IMG_20220705_101500.jpg', 'image/jpeg', phone12),
    phone12b: file('IMG_20220705_101530.jpg', 'image/jpeg', bytes('phone12b')),
    phone48: file('IMG_48MP.jpg', 'image/jpeg', bytes('phone48')),
    sideways: file(
      'IMG_sideways.jpg',
      'image/jpeg',
      Buffer.from(withExifOrientation(bytes('sideways'), 6)),
    ),
    screenshot: file('Screenshot_20220705.png', 'image/png', bytes('screenshot')),
    thumbnail: file('mmexport1657000000000.jpg', 'image/jpeg', bytes('thumbnail')),
    heic: file('IMG_0001.HEIC', 'image/heic', heic()),
    text: file('户口簿.txt', 'text/plain', Buffer.from('户主：张三\n住址：济南市历下区\n')),
    empty: file('IMG_empty.jpg', 'image/jpeg', Buffer.alloc(0)),
    corrupt: file('IMG_broken.jpg', 'image/jpeg', phone12.subarray(0, 120)),
    absurd: file('panorama.png', 'image/png', absurdPng()),
  };
}

export type TestPhotos = Awaited<ReturnType<typeof makeTestPhotos>>;
