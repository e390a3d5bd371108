import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { UPLOADS_PER_PARENT, type UploadRef } from '../../types';
import { findUpload } from '../model/uploads';
import { createGateway } from '../router';
import { asResponse, call, dataOf, errorCodeOf, signIn } from '../test-support';

/** A JPEG header of the given size, padded with scan bytes to `length`. */
function jpeg(width: number, height: number, length = 2000): Uint8Array {
  const head = [0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff];
  const bytes = new Uint8Array(length);
  bytes.set([...head, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xda]);
  bytes.set([0xff, 0xd9], length - 2);
  return bytes;
}

/** A whole RGB PNG: every row a filter byte and its pixels, deflated by zlib. */
function png(width: number, height: number): Uint8Array {
  const be32 = (v: number) => [v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
  const chunk = (type: string, data: Uint8Array) => [
    ...be32(data.length),
    ...Buffer.from(type, 'ascii'),
    ...data,
    0,
    0,
    0,
    0,
  ];
  const header = new Uint8Array([...be32(width), ...be32(height), 8, 2, 0, 0, 0]);
  const pixels = deflateSync(new Uint8Array(height * (1 + 3 * width)));
  return new Uint8Array([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...chunk('IHDR', header),
    ...chunk('IDAT', new Uint8Array(pixels)),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}

/** A PNG that announces 64 x 64 pixels and carries the data of 64 x 32, with a whole IEND. */
function shortPng(): Uint8Array {
  const whole = png(64, 64);
  const half = png(64, 32);
  const idat = (b: Uint8Array) => b.subarray(33, b.length - 12);
  return new Uint8Array([...whole.subarray(0, 33), ...idat(half), ...whole.subarray(-12)]);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function signedIn(parentId = 'p-all-verified') {
  const gateway = createGateway();
  const { token } = await signIn(gateway, parentId);
  return { gateway, token };
}

function upload(
  gateway: ReturnType<typeof createGateway>,
  token: string | undefined,
  body: unknown,
  type = 'image/jpeg',
) {
  return call(gateway, 'POST', '/uploads', { token, body, headers: { 'content-type': type } });
}

describe('POST /uploads', () => {
  it('stores a JPEG and answers its reference: id, size, pixel size and SHA-256', async () => {
    const { gateway, token } = await signedIn();
    const bytes = jpeg(2339, 1754, 50_000);
    const reply = await upload(gateway, token, bytes);
    expect(asResponse(reply).status).toBe(201);
    const ref = dataOf<UploadRef>(reply);
    expect(ref).toEqual({
      id: expect.stringMatching(/^up-/),
      bytes: 50_000,
      width: 2339,
      height: 1754,
      sha256: sha256(bytes),
      mimeType: 'image/jpeg',
    });
  });

  it('gives every upload its own id, even of the same bytes', async () => {
    const { gateway, token } = await signedIn();
    const first = dataOf<UploadRef>(await upload(gateway, token, jpeg(2000, 1500)));
    const second = dataOf<UploadRef>(await upload(gateway, token, jpeg(2000, 1500)));
    expect(first.id).not.toBe(second.id);
    expect(first.sha256).toBe(second.sha256);
  });

  it('accepts a PNG and trusts the bytes, not the declared type', async () => {
    const { gateway, token } = await signedIn();
    expect(
      dataOf<UploadRef>(await upload(gateway, token, png(1440, 3200), 'image/jpeg')),
    ).toMatchObject({
      mimeType: 'image/png',
      width: 1440,
      height: 3200,
    });
  });

  it('reads the "file" part of a multipart body, as the mini-program sends it', async () => {
    const { gateway, token } = await signedIn();
    const bytes = jpeg(1754, 2339);
    const enc = new TextEncoder();
    const body = new Uint8Array([
      ...enc.encode(
        '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\n',
      ),
      ...enc.encode('Content-Type: image/jpeg\r\n\r\n'),
      ...bytes,
      ...enc.encode('\r\n--b0undary--\r\n'),
    ]);
    const ref = dataOf<UploadRef>(
      await upload(gateway, token, body, 'multipart/form-data; boundary=b0undary'),
    );
    expect(ref).toMatchObject({ bytes: bytes.length, sha256: sha256(bytes), width: 1754 });
  });

  it('accepts exactly 5 MB and refuses one byte more with 413 UPLOAD_TOO_LARGE', async () => {
    const { gateway, token } = await signedIn();
    const limit = 5 * 1024 * 1024;
    expect(asResponse(await upload(gateway, token, jpeg(4000, 3000, limit))).status).toBe(201);
    const reply = await upload(gateway, token, jpeg(4000, 3000, limit + 1));
    expect(asResponse(reply).status).toBe(413);
    expect(errorCodeOf(reply)).toBe('UPLOAD_TOO_LARGE');
  });

  it.each([
    ['text claiming to be a JPEG', new TextEncoder().encode('not a photo'), 'image/jpeg'],
    [
      'a JPEG with no frame header',
      new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 4, 0, 0]),
      'image/jpeg',
    ],
    ['a JPEG cut off before its end marker', jpeg(2000, 1500).subarray(0, 1500), 'image/jpeg'],
    ['a PNG cut off before IEND', png(1440, 3200).subarray(0, 40), 'image/png'],
    ['a PNG whose pixel data is short of its size', shortPng(), 'image/png'],
    ['a GIF', new TextEncoder().encode('GIF89a....'), 'image/gif'],
    ['an empty body', new Uint8Array(), 'image/jpeg'],
    ['a JSON body', { photo: 'base64...' }, 'application/json'],
  ])('refuses %s with 415 UPLOAD_NOT_IMAGE', async (_name, body, type) => {
    const { gateway, token } = await signedIn();
    const reply = await upload(gateway, token, body, type);
    expect(asResponse(reply).status).toBe(415);
    expect(errorCodeOf(reply)).toBe('UPLOAD_NOT_IMAGE');
  });

  it('requires a session', async () => {
    const reply = await upload(createGateway(), undefined, jpeg(2000, 1500));
    expect(asResponse(reply).status).toBe(401);
    expect(errorCodeOf(reply)).toBe('SESSION_EXPIRED');
  });

  it('keeps each upload for its parent only', async () => {
    const { gateway, token } = await signedIn('p-migrant-worker');
    const ref = dataOf<UploadRef>(await upload(gateway, token, jpeg(2000, 1500)));
    expect(findUpload(gateway.state, ref.id, 'p-migrant-worker')).toMatchObject({
      sha256: ref.sha256,
    });
    expect(findUpload(gateway.state, ref.id, 'p-all-verified')).toBeUndefined();
  });
});

describe('faults on uploads', () => {
  it('delays an upload by the injected latency, then stores it', async () => {
    const { gateway, token } = await signedIn();
    gateway.state.fault = { mode: 'latency', latencyMs: 150, pathPrefix: '/uploads', times: 1 };
    const started = Date.now();
    const reply = await upload(gateway, token, jpeg(2000, 1500));
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(asResponse(reply).status).toBe(201);
  });

  it('drops the connection once, then accepts the same photo on retry', async () => {
    const { gateway, token } = await signedIn();
    gateway.state.fault = { mode: 'network-error', pathPrefix: '/uploads', times: 1 };
    expect((await upload(gateway, token, jpeg(2000, 1500))).kind).toBe('network-error');
    expect(asResponse(await upload(gateway, token, jpeg(2000, 1500))).status).toBe(201);
  });

  it('leaves uploads alone when a fault names another path', async () => {
    const { gateway, token } = await signedIn();
    gateway.state.fault = { mode: 'server-error', pathPrefix: '/config' };
    expect(asResponse(await upload(gateway, token, jpeg(2000, 1500))).status).toBe(201);
  });

  it.each([
    ['before both windows open', '2022-06-30T12:00:00+08:00', 'WINDOW_NOT_OPEN'],
    ['after both windows close', '2022-07-21T09:00:00+08:00', 'WINDOW_CLOSED'],
  ])('refuses photos %s with 409', async (_when, now, code) => {
    const gateway = createGateway({ now });
    const { token } = await signIn(gateway, 'p-all-verified');
    const reply = await upload(gateway, token, jpeg(2000, 1500));
    expect(asResponse(reply).status).toBe(409);
    expect(errorCodeOf(reply)).toBe(code);
  });

  it('refuses photos beyond the per-parent quota with 429, other parents unaffected', async () => {
    const { gateway, token } = await signedIn();
    for (let i = 0; i < UPLOADS_PER_PARENT; i += 1) {
      expect(asResponse(await upload(gateway, token, jpeg(200, 150, 400))).status).toBe(201);
    }
    const over = await upload(gateway, token, jpeg(200, 150, 400));
    expect(asResponse(over).status).toBe(429);
    expect(errorCodeOf(over)).toBe('RATE_LIMITED');
    const other = await signIn(gateway, 'p-migrant-worker');
    expect(asResponse(await upload(gateway, other.token, jpeg(200, 150, 400))).status).toBe(201);
  });
});
