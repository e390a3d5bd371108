import { setupMockGatewayServer } from '@mock/node';
import { fetchSeasonConfig } from '@/api/config-api';
import { configureGateway } from '@/api/gateway-client';
import { GatewayError } from '@/api/gateway-error';
import { exchangeTicket } from '@/api/session-api';
import { leftWaiting, throughWaitingRoom, useWaitingRoom } from './waiting-room';

const BASE_URL = 'http://gateway.test/gateway';
const { server, gateway } = setupMockGatewayServer(BASE_URL);

let token: string | null = null;
let nonce = 0;
const waits: number[] = [];
const shown: (number | null)[] = [];
// Whether a page closed during each wait would have found the step waiting when it came back.
const noted: boolean[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  configureGateway({
    baseUrl: BASE_URL,
    session: { getToken: () => token, renew: async () => false },
    random: () => 0,
    sleep: async (ms) => {
      waits.push(ms);
      shown.push(useWaitingRoom.getState().until);
      noted.push(leftWaiting('d-1'));
    },
  });
  nonce += 1;
  token = (await exchangeTicket('dev', `dev:p-all-verified:w${nonce}`)).token;
  waits.length = 0;
  shown.length = 0;
  noted.length = 0;
});
afterEach(() => gateway.state.reset());

describe('the waiting room', () => {
  it('rides out a minute of 429s from the gateway and answers without an error', async () => {
    gateway.state.fault = { mode: 'rate-limited', retryAfterSeconds: 15, times: 16 };
    await expect(throughWaitingRoom(() => fetchSeasonConfig())).resolves.toMatchObject({
      season: 2022,
    });
    // The transport waits three times by itself, then the waiting room takes over.
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(60_000);
    expect(gateway.state.fault).toBeNull();
    expect(useWaitingRoom.getState().until).toBeNull();
  });

  it('waits a Retry-After longer than 20 s instead of ending in an error', async () => {
    gateway.state.fault = { mode: 'unavailable', retryAfterSeconds: 90, times: 1 };
    const before = Date.now();
    await expect(throughWaitingRoom(() => fetchSeasonConfig())).resolves.toMatchObject({
      season: 2022,
    });
    expect(waits).toEqual([90_000]);
    expect(shown[0]).toBeGreaterThanOrEqual(before + 90_000);
  });

  it('leaves the screen and passes on a failure that is not about load', async () => {
    const refusal = new GatewayError('WINDOW_CLOSED', 409);
    await expect(
      throughWaitingRoom(async () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(waits).toEqual([]);
    expect(useWaitingRoom.getState().until).toBeNull();
  });

  it('keeps on the device, while it waits, that the step was waiting, and forgets it once served', async () => {
    // More than the transport's own three retries, so the waiting room takes over.
    gateway.state.fault = { mode: 'rate-limited', retryAfterSeconds: 15, times: 6 };
    await throughWaitingRoom(() => fetchSeasonConfig(), 'd-1');
    expect(noted).toContain(true);
    expect(leftWaiting('d-1')).toBe(false);
  });

  it('forgets a waiting step once it ended in a refusal', async () => {
    const busy = new GatewayError('RATE_LIMITED', 429, 5000);
    let tries = 0;
    const refused = throughWaitingRoom(async () => {
      tries += 1;
      throw tries === 1 ? busy : new GatewayError('WINDOW_CLOSED', 409);
    }, 'd-1');
    await expect(refused).rejects.toMatchObject({ code: 'WINDOW_CLOSED' });
    expect(noted).toEqual([true]);
    expect(leftWaiting('d-1')).toBe(false);
  });

  it('notes nothing for a step without an id', async () => {
    gateway.state.fault = { mode: 'rate-limited', retryAfterSeconds: 15, times: 6 };
    await throughWaitingRoom(() => fetchSeasonConfig());
    expect(noted).not.toContain(true);
  });
});
