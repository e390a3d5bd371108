import { createGateway, normalisePath } from './router';
import { asResponse, call, dataOf, errorCodeOf, signIn, ticketFor } from './test-support';

async function signedIn() {
  const gateway = createGateway();
  const { token } = await signIn(gateway);
  return { gateway, token };
}

describe('routing', () => {
  it('answers 404 NOT_FOUND in the envelope for an unknown path or method', async () => {
    const { gateway, token } = await signedIn();
    for (const [method, path] of [
      ['GET', '/nope'],
      ['PUT', '/config'],
      ['GET', '/notices/a/b'],
    ]) {
      const reply = asResponse(await call(gateway, method as string, path as string, { token }));
      expect(reply.status).toBe(404);
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(reply.body.serverTime).toMatch(/\+08:00$/);
    }
  });

  it('accepts lower-case methods and trailing slashes', async () => {
    const { gateway, token } = await signedIn();
    expect(errorCodeOf(await call(gateway, 'get', '/faq/', { token }))).toBeUndefined();
    expect(normalisePath('notices')).toBe('/notices');
    expect(normalisePath('/')).toBe('/');
  });
});

describe('injected faults', () => {
  it('answers 500 SERVER_ERROR for server-error', async () => {
    const { gateway, token } = await signedIn();
    gateway.state.fault = { mode: 'server-error' };
    const reply = await call(gateway, 'GET', '/config', { token });
    expect(asResponse(reply).status).toBe(500);
    expect(errorCodeOf(reply)).toBe('SERVER_ERROR');
  });

  it.each([
    ['unavailable', 503, 'UNAVAILABLE'],
    ['rate-limited', 429, 'RATE_LIMITED'],
  ] as const)('answers %s with %d %s and Retry-After', async (mode, status, code) => {
    const { gateway, token } = await signedIn();
    gateway.state.fault = { mode, retryAfterSeconds: 7 };
    const reply = asResponse(await call(gateway, 'GET', '/faq', { token }));
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({ ok: false, error: { code } });
    expect(reply.headers['retry-after']).toBe('7');
    gateway.state.fault = { mode };
    expect(asResponse(await call(gateway, 'GET', '/faq', { token })).headers['retry-after']).toBe(
      '10',
    );
  });

  it.each(['network-error', 'hang'] as const)('replies with kind %s', async (mode) => {
    const { gateway, token } = await signedIn();
    gateway.state.fault = { mode };
    expect(await call(gateway, 'GET', '/config', { token })).toEqual({ kind: mode });
  });

  it('delays the normal answer for latency', async () => {
    const { gateway, token } = await signedIn();
    gateway.state.fault = { mode: 'latency', latencyMs: 60 };
    const started = Date.now();
    const reply = await call(gateway, 'GET', '/config', { token });
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    expect(errorCodeOf(reply)).toBeUndefined();
  });

  it("expires the caller's session for expire-session", async () => {
    const { gateway, token } = await signedIn();
    gateway.state.fault = { mode: 'expire-session', times: 1 };
    expect(errorCodeOf(await call(gateway, 'GET', '/faq', { token }))).toBe('SESSION_EXPIRED');
    expect(errorCodeOf(await call(gateway, 'GET', '/faq', { token }))).toBe('SESSION_EXPIRED');
    const fresh = await signIn(gateway);
    expect(errorCodeOf(await call(gateway, 'GET', '/faq', { token: fresh.token }))).toBeUndefined();
  });

  it('applies to `times` requests and then clears itself', async () => {
    const { gateway, token } = await signedIn();
    gateway.state.fault = { mode: 'server-error', times: 2 };
    expect(errorCodeOf(await call(gateway, 'GET', '/faq', { token }))).toBe('SERVER_ERROR');
    expect(gateway.state.fault).toEqual({ mode: 'server-error', times: 1 });
    expect(errorCodeOf(await call(gateway, 'GET', '/faq', { token }))).toBe('SERVER_ERROR');
    expect(gateway.state.fault).toBeNull();
    expect(errorCodeOf(await call(gateway, 'GET', '/faq', { token }))).toBeUndefined();
  });

  it('hits only paths under pathPrefix and does not count the others', async () => {
    const { gateway, token } = await signedIn();
    gateway.state.fault = { mode: 'server-error', pathPrefix: '/notices', times: 1 };
    expect(errorCodeOf(await call(gateway, 'GET', '/faq', { token }))).toBeUndefined();
    expect(errorCodeOf(await call(gateway, 'GET', '/notices/n-2022-transfer', { token }))).toBe(
      'SERVER_ERROR',
    );
    expect(errorCodeOf(await call(gateway, 'GET', '/notices', { token }))).toBeUndefined();
  });

  it('spares control endpoints and dev sign-on, but not other hosts', async () => {
    const gateway = createGateway();
    gateway.state.fault = { mode: 'unavailable' };
    expect(errorCodeOf(await call(gateway, 'GET', '/__mock/state'))).toBeUndefined();
    expect((await signIn(gateway)).token).toBeTruthy();
    const body = { host: 'ishandong', ticket: ticketFor('p-all-verified', 'ishandong') };
    expect(errorCodeOf(await call(gateway, 'POST', '/session', { body }))).toBe('UNAVAILABLE');
    expect(
      dataOf(await call(gateway, 'POST', '/__mock/faults', { body: { fault: null } })),
    ).toEqual({ fault: null });
  });

  it('hits dev sign-on when its pathPrefix names it', async () => {
    const gateway = createGateway();
    gateway.state.fault = { mode: 'hang', pathPrefix: '/session' };
    const body = { host: 'dev', ticket: ticketFor('p-all-verified') };
    expect(await call(gateway, 'POST', '/session', { body })).toEqual({ kind: 'hang' });
  });
});
