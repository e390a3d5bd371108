/** @jest-environment node */
import { createHash } from 'node:crypto';
import { SESSION_HEADER, type ApiEnvelope, type SessionGrant, type UploadRef } from '../types';
import { startMockGatewayHttpServer } from './http-server';
import { setupMockGatewayServer } from './node';

/** A 2 MB JPEG-looking file whose bytes cover every value, so any text decoding would show. */
function photoBytes(): Uint8Array<ArrayBuffer> {
  const bytes = Uint8Array.from({ length: 2 * 1024 * 1024 }, (_, i) => (i * 7 + (i >> 8)) & 0xff);
  bytes.set([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x06, 0xda, 0x09, 0x23, 3, 1, 0x22, 0]);
  // Scan data that reaches its end marker: the gateway takes whole pictures only.
  bytes.set([0xff, 0xda], 15);
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return bytes;
}

async function uploadThrough(gatewayUrl: string, bytes: Uint8Array<ArrayBuffer>) {
  const grant = (await (
    await fetch(`${gatewayUrl}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ host: 'dev', ticket: `dev:p-all-verified:${Math.random()}` }),
    })
  ).json()) as ApiEnvelope<SessionGrant>;
  if (!grant.ok) throw new Error(grant.error.code);
  const response = await fetch(`${gatewayUrl}/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', [SESSION_HEADER]: grant.data.token },
    body: bytes,
  });
  return { status: response.status, body: (await response.json()) as ApiEnvelope<UploadRef> };
}

const expected = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('binary upload bodies through the mock adapters', () => {
  it('arrive intact over real HTTP (browser tests)', async () => {
    const server = await startMockGatewayHttpServer({ port: 0 });
    try {
      const bytes = photoBytes();
      const { status, body } = await uploadThrough(server.gatewayUrl, bytes);
      expect(status).toBe(201);
      expect(body).toMatchObject({
        ok: true,
        data: { bytes: bytes.length, sha256: expected(bytes) },
      });
      expect(body).toMatchObject({ data: { width: 2339, height: 1754 } });
    } finally {
      await server.close();
    }
  });

  it('arrive intact through msw (jest and the mock build)', async () => {
    const { server } = setupMockGatewayServer('http://gateway.test/gateway');
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const bytes = photoBytes();
      const { status, body } = await uploadThrough('http://gateway.test/gateway', bytes);
      expect(status).toBe(201);
      expect(body).toMatchObject({ ok: true, data: { sha256: expected(bytes) } });
    } finally {
      server.close();
    }
  });
});
