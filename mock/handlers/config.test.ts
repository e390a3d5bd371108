import type { SeasonConfig } from '../../types';
import { createGateway } from '../router';
import { asResponse, call, dataOf, errorCodeOf } from '../test-support';

describe('GET /config', () => {
  it('answers the 2022 season with both windows, the birth range and a help line', async () => {
    const gateway = createGateway();
    const config = dataOf<SeasonConfig>(await call(gateway, 'GET', '/config'));
    expect(config).toEqual({
      season: 2022,
      windows: {
        enrollment: { opensAt: '2022-07-01T08:00:00+08:00', closesAt: '2022-07-10T18:00:00+08:00' },
        transfer: { opensAt: '2022-07-01T08:00:00+08:00', closesAt: '2022-07-20T18:00:00+08:00' },
      },
      enrollmentBirthRange: { from: '2015-09-01', to: '2016-08-31' },
      helpLine: expect.stringMatching(/^0531-/),
      otherCategories: expect.arrayContaining([
        { id: 'entitled-groups', name: '优抚对象子女', description: expect.any(String) },
      ]),
    });
    expect(config.otherCategories).toHaveLength(3);
  });

  it('serves the windows from state, so a test can close one', async () => {
    const gateway = createGateway();
    gateway.state.windows.enrollment.closesAt = '2022-07-05T09:00:00+08:00';
    const config = dataOf<SeasonConfig>(await call(gateway, 'GET', '/config'));
    expect(config.windows.enrollment.closesAt).toBe('2022-07-05T09:00:00+08:00');
  });

  it('stamps the answer with the mock clock', async () => {
    const gateway = createGateway({ now: '2022-06-20T12:00:00+08:00' });
    const reply = asResponse(await call(gateway, 'GET', '/config'));
    expect(reply.body.serverTime).toMatch(/^2022-06-20T12:0\d:\d\d\.\d{3}\+08:00$/);
  });

  it('lets a CDN keep the answer for a minute but not the browser', async () => {
    const reply = asResponse(await call(createGateway(), 'GET', '/config'));
    expect(reply.headers['cache-control']).toBe('public, max-age=0, s-maxage=60');
  });

  it('answers without a token, with an unknown one or with an expired one: it is public', async () => {
    const gateway = createGateway();
    for (const token of [undefined, 'not-a-token']) {
      const reply = await call(gateway, 'GET', '/config', { token });
      expect(asResponse(reply).status).toBe(200);
      expect(dataOf<SeasonConfig>(reply).season).toBe(2022);
    }
  });

  it.each([
    ['server-error', 500, 'SERVER_ERROR'],
    ['unavailable', 503, 'UNAVAILABLE'],
    ['rate-limited', 429, 'RATE_LIMITED'],
  ] as const)('still answers an injected %s fault with %d %s', async (mode, status, code) => {
    const gateway = createGateway();
    gateway.state.fault = { mode, retryAfterSeconds: 5, pathPrefix: '/config', times: 1 };
    const refused = await call(gateway, 'GET', '/config');
    expect(asResponse(refused).status).toBe(status);
    expect(errorCodeOf(refused)).toBe(code);
    expect(asResponse(await call(gateway, 'GET', '/config')).status).toBe(200);
  });

  it('is held back by injected latency, or never answers when hung, like any other route', async () => {
    const gateway = createGateway();
    gateway.state.fault = { mode: 'latency', latencyMs: 80, pathPrefix: '/config', times: 1 };
    const started = Date.now();
    expect(asResponse(await call(gateway, 'GET', '/config')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    gateway.state.fault = { mode: 'hang', pathPrefix: '/config', times: 1 };
    expect(await call(gateway, 'GET', '/config')).toEqual({ kind: 'hang' });
  });
});
