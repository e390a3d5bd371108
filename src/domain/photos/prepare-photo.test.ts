import type { EncodeAttempt } from './fit-budget';
import { PhotoDecodeError, preparePhotoFrom, type PhotoSource } from './prepare-photo';
import { fakeIsoImage, fakeJpeg, fakePng, textBytes } from './test-headers';

interface FakeOptions {
  declaredType?: string;
  byteLength?: number;
  decoded?: { width: number; height: number } | null;
  encodeError?: Error;
  /** What the encoder reads back from the decoded picture. */
  sample?: Uint8Array;
  /** Bytes of every JPEG the encoder makes. */
  encodedBytes?: number;
  /** Whether the platform can send the file's own bytes. */
  canWrap?: boolean;
  /** Quarter turns the parent asked for. */
  quarterTurns?: number;
}

/** A platform stand-in: the file's bytes, a decoder answer, and an encoder that records. */
function fakeSource(bytes: Uint8Array, options: FakeOptions = {}) {
  const asked: EncodeAttempt[] = [];
  const reads: number[] = [];
  const release = jest.fn();
  const source: PhotoSource<string> = {
    byteLength: options.byteLength ?? bytes.length,
    declaredType: options.declaredType ?? 'image/jpeg',
    quarterTurns: options.quarterTurns,
    readHead: async (length) => {
      reads.push(length);
      return bytes.subarray(0, length);
    },
    decodedSize: async () => (options.decoded === undefined ? null : options.decoded),
    openEncoder: () => ({
      encode: async (attempt) => {
        if (options.encodeError) throw options.encodeError;
        asked.push(attempt);
        return {
          payload: 'jpeg',
          bytes: options.encodedBytes ?? 500_000,
          head: fakeJpeg(attempt.width, attempt.height),
          fromSource: false,
        };
      },
      ...(options.sample ? { sample: () => options.sample ?? null } : {}),
      release,
    }),
    ...(options.canWrap
      ? { wrap: (kept: Uint8Array, type: string) => `${type}:${kept.length}` }
      : {}),
  };
  return { source, asked, reads, release };
}

/** A PNG of `dataBytes` of made-up pixel data. */
function bigPng(width: number, height: number, dataBytes: number): Uint8Array {
  const small = fakePng(width, height);
  const idat = new Uint8Array(12 + dataBytes);
  idat.set([dataBytes >>> 24, (dataBytes >> 16) & 0xff, (dataBytes >> 8) & 0xff, dataBytes & 0xff]);
  idat.set([0x49, 0x44, 0x41, 0x54], 4);
  const out = new Uint8Array(small.length + idat.length);
  out.set(small.subarray(0, 33));
  out.set(idat, 33);
  out.set(small.subarray(33), 33 + idat.length);
  return out;
}

describe('preparePhotoFrom', () => {
  it('compresses a 12 MP phone photo to a legible JPEG under 1 MB', async () => {
    const { source, release } = fakeSource(fakeJpeg(4032, 3024));
    const outcome = await preparePhotoFrom(source);
    expect(outcome).toMatchObject({
      ok: true,
      attempt: { width: 2339, height: 1754 },
      source: { format: 'jpeg', orientation: 1, size: { width: 4032, height: 3024 } },
    });
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('asks the encoder for the upright size of a photo taken sideways (EXIF orientation 6)', async () => {
    const { source, asked } = fakeSource(fakeJpeg(4032, 3024, { orientation: 6 }));
    await preparePhotoFrom(source);
    expect(asked[0]).toMatchObject({ width: 1754, height: 2339 });
  });

  it('reads the whole file when the header lies beyond the first 256 KB', async () => {
    const { source, reads } = fakeSource(fakeJpeg(4032, 3024, { paddingBytes: 300_000 }));
    expect(await preparePhotoFrom(source)).toMatchObject({ ok: true });
    expect(reads).toEqual([256 * 1024, expect.any(Number)]);
  });

  it.each([
    ['empty', new Uint8Array(), {}],
    ['source-too-big', fakeJpeg(4032, 3024), { byteLength: 60 * 1024 * 1024 }],
    ['not-image', textBytes('家庭住址：历下区'), { declaredType: 'text/plain' }],
    ['corrupt', textBytes('garbage that says it is a JPEG'), { declaredType: 'image/jpeg' }],
    ['corrupt', fakeJpeg(4032, 3024, { paddingBytes: 2000 }).subarray(0, 1000), {}],
    ['thumbnail', fakeJpeg(1280, 960), {}],
    ['too-small', fakePng(400, 560), { declaredType: 'image/png' }],
    ['absurd-dimensions', fakePng(20000, 20000), { declaredType: 'image/png' }],
    ['heic-unsupported', fakeIsoImage('heic'), { declaredType: 'image/heic' }],
    ['type-unsupported', fakeIsoImage('avif'), { declaredType: 'image/avif' }],
  ] as const)('refuses with %s', async (problem, bytes, options) => {
    const { source, asked } = fakeSource(bytes, options);
    expect(await preparePhotoFrom(source)).toEqual({ ok: false, problem });
    expect(asked).toEqual([]);
  });

  it('refuses a JPEG cut off after its header as incomplete, before encoding', async () => {
    const whole = fakeJpeg(4032, 3024);
    const { source, asked } = fakeSource(whole.subarray(0, whole.length - 4));
    expect(await preparePhotoFrom(source)).toEqual({ ok: false, problem: 'incomplete' });
    expect(asked).toEqual([]);
  });

  it('refuses a picture that decodes to nearly one colour as incomplete, and releases the encoder', async () => {
    const black = new Uint8Array(128 * 128 * 4).map((_, i) => (i % 4 === 3 ? 255 : 0));
    const { source, release } = fakeSource(fakeJpeg(4032, 3024), { sample: black });
    expect(await preparePhotoFrom(source)).toEqual({ ok: false, problem: 'incomplete' });
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('accepts a picture whose sample shows content', async () => {
    const stripes = new Uint8Array(128 * 128 * 4).map((_, i) => (i % 512 < 64 ? 30 : 240));
    const { source } = fakeSource(fakeJpeg(4032, 3024), { sample: stripes });
    expect(await preparePhotoFrom(source)).toMatchObject({ ok: true });
  });

  it('sends a small upright JPEG as it is, without its EXIF, after one small draw checks its pixels', async () => {
    const withExif = fakeJpeg(1600, 1200, { orientation: 1 });
    const { source, asked } = fakeSource(withExif, { canWrap: true });
    const outcome = await preparePhotoFrom(source);
    const stripped = fakeJpeg(1600, 1200);
    expect(outcome).toMatchObject({
      ok: true,
      kept: true,
      mimeType: 'image/jpeg',
      size: { width: 1600, height: 1200 },
      photo: { payload: `image/jpeg:${stripped.length}`, bytes: stripped.length },
    });
    expect(asked).toEqual([{ width: 256, height: 192, quality: 0.5 }]);
  });

  it('refuses a small JPEG sent as it is when its pixels are one colour', async () => {
    const black = new Uint8Array(128 * 128 * 4).map((_, i) => (i % 4 === 3 ? 255 : 0));
    const { source } = fakeSource(fakeJpeg(1600, 1200), { canWrap: true, sample: black });
    expect(await preparePhotoFrom(source)).toEqual({ ok: false, problem: 'incomplete' });
  });

  it('keeps a PNG scan over 1 MB when the JPEG it would become is larger', async () => {
    const png = bigPng(2480, 3508, 1_200_000);
    const { source } = fakeSource(png, { canWrap: true, encodedBytes: 1_900_000 });
    expect(await preparePhotoFrom(source)).toMatchObject({
      ok: true,
      kept: true,
      mimeType: 'image/png',
      photo: { bytes: png.length },
    });
  });

  it('sends the JPEG when it is smaller than the PNG', async () => {
    const { source } = fakeSource(bigPng(2480, 3508, 1_200_000), { canWrap: true });
    expect(await preparePhotoFrom(source)).toMatchObject({
      ok: true,
      kept: false,
      mimeType: 'image/jpeg',
      photo: { bytes: 500_000 },
    });
  });

  it('re-encodes a small photo that needs its EXIF turn to be upright', async () => {
    const { source } = fakeSource(fakeJpeg(1600, 1200, { orientation: 6 }), { canWrap: true });
    expect(await preparePhotoFrom(source)).toMatchObject({ ok: true, kept: false });
  });

  it('uploads a 1.2 MP camera original and a 120 dpi scan, each marked for checking by eye', async () => {
    const camera = fakeSource(fakeJpeg(1280, 960, { camera: true }), { canWrap: true });
    const scan = fakeSource(fakePng(1403, 992), { canWrap: true, declaredType: 'image/png' });
    for (const { source } of [camera, scan]) {
      expect(await preparePhotoFrom(source)).toMatchObject({
        ok: true,
        source: { borderline: true },
      });
    }
  });

  it('does not mark a photo at the legible size for checking', async () => {
    const { source } = fakeSource(fakeJpeg(4032, 3024));
    expect(await preparePhotoFrom(source)).toMatchObject({
      ok: true,
      source: { borderline: false },
    });
  });

  it('asks the encoder for the turned size when the parent turned a page shot sideways', async () => {
    const { source, asked } = fakeSource(fakeJpeg(4032, 3024), { quarterTurns: 1 });
    expect(await preparePhotoFrom(source)).toMatchObject({
      ok: true,
      source: { quarterTurns: 1, size: { width: 3024, height: 4032 } },
    });
    expect(asked[0]).toMatchObject({ width: 1754, height: 2339 });
  });

  it('draws a small JPEG again when turned, instead of sending it as it is', async () => {
    const { source } = fakeSource(fakeJpeg(1600, 1200), { canWrap: true, quarterTurns: 2 });
    expect(await preparePhotoFrom(source)).toMatchObject({
      ok: true,
      kept: false,
      size: { width: 1600, height: 1200 },
    });
  });

  it('compresses a HEIC photo on a device that can decode it', async () => {
    const { source, asked } = fakeSource(fakeIsoImage('heic'), {
      declaredType: 'image/heic',
      decoded: { width: 3024, height: 4032 },
    });
    expect(await preparePhotoFrom(source)).toMatchObject({ ok: true, source: { format: 'heic' } });
    expect(asked[0]).toMatchObject({ width: 1754, height: 2339 });
  });

  it('judges the decoded size of a HEIC photo as a camera original: too small to read', async () => {
    const { source } = fakeSource(fakeIsoImage('heic'), { decoded: { width: 420, height: 560 } });
    expect(await preparePhotoFrom(source)).toEqual({ ok: false, problem: 'too-small' });
  });

  it('calls a JPEG whose pixels fail to decode corrupt, and releases the encoder', async () => {
    const { source, release } = fakeSource(fakeJpeg(4032, 3024), {
      encodeError: new PhotoDecodeError(),
    });
    expect(await preparePhotoFrom(source)).toEqual({ ok: false, problem: 'corrupt' });
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('reports any other encoder failure (out of memory, canvas refused) as compress-failed', async () => {
    const { source } = fakeSource(fakeJpeg(4032, 3024), { encodeError: new Error('canvas') });
    expect(await preparePhotoFrom(source)).toEqual({ ok: false, problem: 'compress-failed' });
  });

  it('stops before encoding when cancelled while the header was read', async () => {
    const { source, asked } = fakeSource(fakeJpeg(4032, 3024));
    expect(await preparePhotoFrom(source, { isCancelled: () => true })).toEqual({
      ok: false,
      problem: 'cancelled',
    });
    expect(asked).toEqual([]);
  });
});
