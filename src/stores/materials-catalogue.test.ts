import type { RawResponse } from '@/api/http-send';

const CATALOGUE = [
  {
    kind: 'household-register',
    name: '户口簿',
    description: '户主页及儿童本人页',
    minPhotos: 2,
    maxPhotos: 4,
  },
];

const envelope = (data: unknown): RawResponse => ({
  status: 200,
  headers: {},
  body: { ok: true, data, serverTime: '2022-07-05T10:00:00.000+08:00' },
});

/** The store's module afresh, as a page load has it, over a gateway answering `send`. */
function freshStore(send: () => Promise<RawResponse>) {
  let load: typeof import('./materials-catalogue').loadMaterialsCatalogue | undefined;
  jest.isolateModules(() => {
    jest
      .requireActual<typeof import('@/api/gateway-client')>('@/api/gateway-client')
      .configureGateway({
        baseUrl: 'http://gateway.test/gateway',
        send,
        sleep: () => Promise.resolve(),
        maxRetries: 0,
      });
    load =
      jest.requireActual<typeof import('./materials-catalogue')>(
        './materials-catalogue',
      ).loadMaterialsCatalogue;
  });
  return load!;
}

describe('loadMaterialsCatalogue', () => {
  it('asks the gateway once for every screen that reads the catalogue, even while under way', async () => {
    const send = jest.fn(() => Promise.resolve(envelope(CATALOGUE)));
    const load = freshStore(send);
    const early = load();
    const onScreen = load();
    await expect(early).resolves.toEqual(CATALOGUE);
    await expect(onScreen).resolves.toEqual(CATALOGUE);
    await expect(load()).resolves.toEqual(CATALOGUE);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so a retry asks the gateway again', async () => {
    const send = jest
      .fn<Promise<RawResponse>, []>()
      .mockResolvedValueOnce({
        status: 500,
        headers: {},
        body: {
          ok: false,
          error: { code: 'SERVER_ERROR' },
          serverTime: '2022-07-05T10:00:00+08:00',
        },
      })
      .mockResolvedValue(envelope(CATALOGUE));
    const load = freshStore(send);
    const failure = await load().catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'SERVER_ERROR' });
    await expect(load()).resolves.toEqual(CATALOGUE);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
