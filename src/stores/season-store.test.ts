import { SESSION_HEADER } from '@contract';
import { configureGateway } from '@/api/gateway-client';
import { TransportFailure, type RawRequest, type RawResponse } from '@/api/http-send';
import { useSeason } from './season-store';

const CONFIG = {
  season: 2022,
  windows: {
    enrollment: { opensAt: '2022-07-01T08:00:00+08:00', closesAt: '2022-07-10T18:00:00+08:00' },
    transfer: { opensAt: '2022-07-01T08:00:00+08:00', closesAt: '2022-07-20T18:00:00+08:00' },
  },
  enrollmentBirthRange: { from: '2015-09-01', to: '2016-08-31' },
  helpLine: '0531-00000000',
};

function gatewayAnswers(answer: () => Promise<RawResponse>) {
  configureGateway({
    baseUrl: 'http://gateway.test/gateway',
    send: answer,
    sleep: () => Promise.resolve(),
    maxRetries: 0,
  });
}

const envelope = (data: unknown): RawResponse => ({
  status: 200,
  headers: {},
  body: { ok: true, data, serverTime: '2022-07-05T10:00:00.000+08:00' },
});

beforeEach(() => useSeason.setState({ config: null, status: 'idle', failure: null }));

describe('useSeason.load', () => {
  it('is loading until the gateway answers, then ready with the configuration', async () => {
    gatewayAnswers(() => Promise.resolve(envelope(CONFIG)));
    const loading = useSeason.getState().load();
    expect(useSeason.getState().status).toBe('loading');
    await loading;
    expect(useSeason.getState()).toMatchObject({ status: 'ready', config: CONFIG, failure: null });
  });

  it('fails with the gateway code when the configuration cannot be loaded', async () => {
    gatewayAnswers(() => Promise.reject(new TransportFailure('timeout')));
    await useSeason.getState().load();
    expect(useSeason.getState()).toMatchObject({ status: 'failed', failure: 'TIMEOUT' });
  });

  it('fails with BAD_RESPONSE for a configuration without windows', async () => {
    gatewayAnswers(() => Promise.resolve(envelope({ ...CONFIG, windows: {} })));
    await useSeason.getState().load();
    expect(useSeason.getState()).toMatchObject({ status: 'failed', failure: 'BAD_RESPONSE' });
  });

  it('shares a load under way instead of asking the gateway a second time', async () => {
    let answer = (_response: RawResponse) => {};
    const send = jest.fn(
      () =>
        new Promise<RawResponse>((resolve) => {
          answer = resolve;
        }),
    );
    gatewayAnswers(send);
    const first = useSeason.getState().load();
    const second = useSeason.getState().load();
    answer(envelope(CONFIG));
    await Promise.all([first, second]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(useSeason.getState().status).toBe('ready');
  });

  it('asks without a session token: the season is public', async () => {
    const send = jest.fn((_request: RawRequest) => Promise.resolve(envelope(CONFIG)));
    configureGateway({
      baseUrl: 'http://gateway.test/gateway',
      send,
      maxRetries: 0,
      session: { getToken: () => 'token-1', renew: () => Promise.resolve(true) },
    });
    await useSeason.getState().load();
    expect(send.mock.calls[0]?.[0].headers).not.toHaveProperty(SESSION_HEADER);
  });

  it('clears an earlier failure when it loads again', async () => {
    gatewayAnswers(() => Promise.reject(new TransportFailure('network')));
    await useSeason.getState().load();
    gatewayAnswers(() => Promise.resolve(envelope(CONFIG)));
    await useSeason.getState().load();
    expect(useSeason.getState()).toMatchObject({ status: 'ready', failure: null });
  });
});
