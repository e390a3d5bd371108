import { SESSION_HEADER, type ApiEnvelope, type SessionGrant } from '../types';
import { setupMockGatewayServer } from './node';

const BASE_URL = 'http://gateway.test/gateway';
const { server, gateway } = setupMockGatewayServer(BASE_URL);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => gateway.state.reset());
afterAll(() => server.close());

async function signIn(): Promise<string> {
  const response = await fetch(`${BASE_URL}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ host: 'dev', ticket: `dev:p-all-verified:${Math.random()}` }),
  });
  const envelope = (await response.json()) as ApiEnvelope<SessionGrant>;
  if (!envelope.ok) throw new Error(envelope.error.code);
  return envelope.data.token;
}

describe('the mock gateway through msw/node', () => {
  it('signs in and reads the config with fetch against an absolute URL', async () => {
    const token = await signIn();
    const response = await fetch(`${BASE_URL}/config`, { headers: { [SESSION_HEADER]: token } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const envelope = (await response.json()) as ApiEnvelope<{ season: number }>;
    expect(envelope).toMatchObject({ ok: true, data: { season: 2022 } });
  });

  it('answers 401 SESSION_EXPIRED without a session header', async () => {
    const response = await fetch(`${BASE_URL}/faq`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'SESSION_EXPIRED' } });
  });

  it('passes the Retry-After header of an injected 503', async () => {
    gateway.state.fault = { mode: 'unavailable', retryAfterSeconds: 3 };
    const response = await fetch(`${BASE_URL}/config`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('3');
  });

  it('turns network-error into a failed fetch', async () => {
    gateway.state.fault = { mode: 'network-error' };
    await expect(fetch(`${BASE_URL}/config`)).rejects.toThrow(TypeError);
  });

  it('never answers a hung request, so the client has to time out', async () => {
    gateway.state.fault = { mode: 'hang' };
    await expect(
      fetch(`${BASE_URL}/config`, { signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
  });

  it('reads a body that is not JSON as a validation failure', async () => {
    const response = await fetch(`${BASE_URL}/session`, { method: 'POST', body: 'host=dev' });
    expect(response.status).toBe(422);
  });
});
