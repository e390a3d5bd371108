/** @jest-environment node */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SESSION_HEADER, type ApiEnvelope, type SessionGrant } from '../types';
import { startMockGatewayHttpServer, type MockHttpServer } from './http-server';

let staticDir: string;
let server: MockHttpServer;

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'mock-gateway-'));
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(staticDir, 'app.js'), 'console.info("app")');
  await writeFile(path.join(staticDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await startMockGatewayHttpServer({ port: 0, staticDir });
});

afterEach(() => server.gateway.state.reset());

afterAll(async () => {
  await server.close();
  await rm(staticDir, { recursive: true, force: true });
});

describe('the mock gateway over HTTP', () => {
  it('serves the gateway under /gateway with JSON bodies', async () => {
    const signIn = await fetch(`${server.gatewayUrl}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ host: 'dev', ticket: 'dev:p-migrant-worker:http-1' }),
    });
    const grant = (await signIn.json()) as ApiEnvelope<SessionGrant>;
    if (!grant.ok) throw new Error(grant.error.code);
    const notices = await fetch(`${server.gatewayUrl}/notices`, {
      headers: { [SESSION_HEADER]: grant.data.token },
    });
    expect(notices.status).toBe(200);
    expect(((await notices.json()) as ApiEnvelope<unknown[]>).ok).toBe(true);
  });

  it('serves static files with their content types, index.html for / and 404 otherwise', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('<title>app</title>');
    expect((await fetch(`${server.url}/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${server.url}/logo.svg`)).headers.get('content-type')).toBe(
      'image/svg+xml',
    );
    expect((await fetch(`${server.url}/missing.css`)).status).toBe(404);
    expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('answers control endpoints and injected errors with headers', async () => {
    await fetch(`${server.gatewayUrl}/__mock/faults`, {
      method: 'POST',
      body: JSON.stringify({ fault: { mode: 'rate-limited', retryAfterSeconds: 4, times: 1 } }),
    });
    const limited = await fetch(`${server.gatewayUrl}/config`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('4');
  });

  it('drops the connection for network-error', async () => {
    server.gateway.state.fault = { mode: 'network-error', times: 1 };
    // Node's fetch errors come from another realm than the test's, so match the message.
    await expect(fetch(`${server.gatewayUrl}/config`)).rejects.toThrow('fetch failed');
  });

  it('closes even while a request hangs', async () => {
    const own = await startMockGatewayHttpServer({ port: 0, basePath: '/api' });
    own.gateway.state.fault = { mode: 'hang' };
    const hung = fetch(`${own.gatewayUrl}/config`).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await own.close();
    expect(await hung).toHaveProperty('message', 'fetch failed');
  });
});
