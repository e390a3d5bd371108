import type { SeasonConfig } from '../../types';
import { SESSION_TTL_MS } from '../model/sessions';
import { createGateway } from '../router';
import { asResponse, call, dataOf, errorCodeOf, signIn } from '../test-support';

describe('GET /config', () => {
  it('answers the 2022 season with both windows, the birth range and a help line', async () => {
    const gateway = createGateway();
    const { token } = await signIn(gateway);
    const config = dataOf<SeasonConfig>(await call(gateway, 'GET', '/config', { token }));
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
    const { token } = await signIn(gateway);
    gateway.state.windows.enrollment.closesAt = '2022-07-05T09:00:00+08:00';
    const config = dataOf<SeasonConfig>(await call(gateway, 'GET', '/config', { token }));
    expect(config.windows.enrollment.closesAt).toBe('2022-07-05T09:00:00+08:00');
  });

  it('stamps the answer with the mock clock', async () => {
    const gateway = createGateway({ now: '2022-06-20T12:00:00+08:00' });
    const { token } = await signIn(gateway);
    const reply = asResponse(await call(gateway, 'GET', '/config', { token }));
    expect(reply.body.serverTime).toMatch(/^2022-06-20T12:0\d:\d\d\.\d{3}\+08:00$/);
  });

  it('answers 401 SESSION_EXPIRED without a token or with an unknown one', async () => {
    const gateway = createGateway();
    for (const token of [undefined, 'not-a-token']) {
      const reply = await call(gateway, 'GET', '/config', { token });
      expect(asResponse(reply).status).toBe(401);
      expect(errorCodeOf(reply)).toBe('SESSION_EXPIRED');
    }
  });

  it('answers 401 SESSION_EXPIRED once the mock clock passes the expiry', async () => {
    const gateway = createGateway();
    const { token } = await signIn(gateway);
    // The mock clock runs on from 10:00 while the test signs in, so take the time it has now.
    const signedInBy = gateway.clock.now();
    gateway.clock.set(signedInBy + SESSION_TTL_MS - 1000);
    expect(errorCodeOf(await call(gateway, 'GET', '/config', { token }))).toBeUndefined();
    gateway.clock.set(signedInBy + SESSION_TTL_MS);
    expect(errorCodeOf(await call(gateway, 'GET', '/config', { token }))).toBe('SESSION_EXPIRED');
  });
});
