/**
 * The H5 sender with jsdom's real XMLHttpRequest against the mock gateway (msw/node), so the
 * photo's bytes, headers and the answer cross an actual HTTP exchange.
 */
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- integration test drives the mock gateway
import { setupMockGatewayServer } from '@mock/node';
import { SESSION_HEADER, type ApiEnvelope, type SessionGrant, type UploadRef } from '@contract';
import { sendUpload } from './send-upload';
import { UploadFailure } from './upload-types';

const BASE_URL = 'http://gateway.test/gateway';
const { server, gateway } = setupMockGatewayServer(BASE_URL);

function jpegBlob(): Blob {
  const bytes = new Uint8Array(300_000);
  bytes.set([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x06, 0xda, 0x09, 0x23, 3, 1, 0x22, 0]);
  // Scan data that reaches its end marker: the gateway takes whole pictures only.
  bytes.set([0xff, 0xda], 15);
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return new Blob([bytes], { type: 'image/jpeg' });
}

async function token(): Promise<string> {
  const response = await fetch(`${BASE_URL}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ host: 'dev', ticket: `dev:p-all-verified:${Math.random()}` }),
  });
  const grant = (await response.json()) as ApiEnvelope<SessionGrant>;
  if (!grant.ok) throw new Error(grant.error.code);
  return grant.data.token;
}

function upload(headers: Record<string, string>) {
  const progress: number[] = [];
  const handle = sendUpload({
    url: `${BASE_URL}/uploads`,
    headers,
    file: { kind: 'blob', blob: jpegBlob() },
    mimeType: 'image/jpeg',
    onProgress: (sent, total) => progress.push(sent / total),
    idleTimeoutMs: 5000,
  });
  return { handle, progress };
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => gateway.state.reset());
afterAll(() => server.close());

describe('sendUpload (H5, XMLHttpRequest)', () => {
  it('sends the bytes with the session token and hands back the parsed answer', async () => {
    const { handle } = upload({ [SESSION_HEADER]: await token() });
    const response = await handle.response;
    expect(response.status).toBe(201);
    expect(response.headers['content-type']).toMatch(/json/);
    const body = response.body as ApiEnvelope<UploadRef>;
    expect(body).toMatchObject({ ok: true, data: { bytes: 300_000, width: 2339, height: 1754 } });
  });

  it('hands back a refusal as an answer, not a failure', async () => {
    const { handle } = upload({});
    await expect(handle.response).resolves.toMatchObject({ status: 401 });
  });

  it('rejects with a network failure when the connection drops', async () => {
    gateway.state.fault = { mode: 'network-error', pathPrefix: '/uploads' };
    const { handle } = upload({ [SESSION_HEADER]: await token() });
    await expect(handle.response).rejects.toEqual(new UploadFailure('network'));
  });

  it('gives up as timed out when nothing has moved for the idle time', async () => {
    gateway.state.fault = { mode: 'hang', pathPrefix: '/uploads' };
    const handle = sendUpload({
      url: `${BASE_URL}/uploads`,
      headers: {},
      file: { kind: 'blob', blob: jpegBlob() },
      mimeType: 'image/jpeg',
      onProgress: () => undefined,
      idleTimeoutMs: 200,
    });
    await expect(handle.response).rejects.toEqual(new UploadFailure('timeout'));
  });
  // Cancelling is tested in Chromium (photo-check.e2e.test.ts): msw's XMLHttpRequest in jsdom
  // ignores abort() and completes the request.
});
