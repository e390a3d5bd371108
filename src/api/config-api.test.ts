import { fetchSeasonConfig } from './config-api';
import { configureGateway } from './gateway-client';
import { GatewayError } from './gateway-error';

const CONFIG = {
  season: 2022,
  windows: {
    enrollment: { opensAt: '2022-07-01T08:00:00+08:00', closesAt: '2022-07-10T18:00:00+08:00' },
    transfer: { opensAt: '2022-07-01T08:00:00+08:00', closesAt: '2022-07-20T18:00:00+08:00' },
  },
  enrollmentBirthRange: { from: '2015-09-01', to: '2016-08-31' },
  helpLine: '0531-00000000',
};
const CATEGORY = { id: 'entitled-groups', name: '优抚对象子女', description: '按有关政策登记。' };

function answering(data: unknown): void {
  configureGateway({
    baseUrl: 'http://gateway.test/gateway',
    send: () =>
      Promise.resolve({
        status: 200,
        headers: {},
        body: { ok: true, data, serverTime: '2022-07-05T10:00:00.000+08:00' },
      }),
    maxRetries: 0,
  });
}

describe('fetchSeasonConfig', () => {
  it('reads the other categories the gateway offers, without extra fields', async () => {
    answering({ ...CONFIG, otherCategories: [{ ...CATEGORY, order: 1 }] });
    await expect(fetchSeasonConfig()).resolves.toEqual({ ...CONFIG, otherCategories: [CATEGORY] });
  });

  it('treats a gateway that does not send other categories as offering none', async () => {
    answering(CONFIG);
    await expect(fetchSeasonConfig()).resolves.toMatchObject({ otherCategories: [] });
  });

  it('leaves the gateway clock alone: a CDN may have kept the answer for a minute', async () => {
    answering(CONFIG);
    const onServerTime = jest.fn();
    configureGateway({ onServerTime });
    await fetchSeasonConfig();
    expect(onServerTime).not.toHaveBeenCalled();
  });

  it.each([
    ['not a list', { id: 'x' }],
    ['an entry without a name', [{ id: 'x', description: 'y' }]],
    ['null', null],
  ])('refuses other categories that are %s as BAD_RESPONSE', async (_label, otherCategories) => {
    answering({ ...CONFIG, otherCategories });
    const error = await fetchSeasonConfig().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('BAD_RESPONSE');
  });
});
