import { setupMockGatewayServer } from '@mock/node';
import type { HostBridge, TicketResult } from '@/host/host-bridge';

const BASE_URL = 'http://gateway.test/gateway';
const { server } = setupMockGatewayServer(BASE_URL);

let answer: TicketResult = { ok: true, ticket: 'dev:p-all-verified:start' };
const bridge: HostBridge = {
  id: 'dev',
  requestTicket: () => Promise.resolve(answer),
  signOut: () => Promise.resolve(),
};

jest.mock('@/api/gateway-mode', () => ({ prepareGateway: () => Promise.resolve() }));
jest.mock('@/host/choose-host', () => ({ chooseHostBridge: () => bridge }));

type Stores = {
  appReady: () => Promise<void>;
  session: typeof import('@/stores/session-store').useSession;
  season: typeof import('@/stores/season-store').useSeason;
};

/** A fresh app start: its own module state, as a page load has, on the mock gateway. */
function freshApp(): Stores {
  let stores: Stores | undefined;
  jest.isolateModules(() => {
    jest
      .requireActual<typeof import('@/api/gateway-client')>('@/api/gateway-client')
      .configureGateway({ baseUrl: BASE_URL });
    stores = {
      appReady: jest.requireActual<typeof import('./app-start')>('./app-start').appReady,
      session:
        jest.requireActual<typeof import('@/stores/session-store')>('@/stores/session-store')
          .useSession,
      season:
        jest.requireActual<typeof import('@/stores/season-store')>('@/stores/season-store')
          .useSeason,
    };
  });
  return stores!;
}

async function settled(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !check(); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('starting the app', () => {
  it('signs in and loads the season before any page asks for them', async () => {
    answer = { ok: true, ticket: 'dev:p-all-verified:start-1' };
    const app = freshApp();
    await app.appReady();
    await settled(() => app.season.getState().status === 'ready');
    expect(app.session.getState().status).toBe('signed-in');
    expect(app.season.getState().config?.season).toBe(2022);
  });

  it('leaves the season alone when the host cannot sign the parent in', async () => {
    answer = { ok: false, reason: 'cancelled' };
    const app = freshApp();
    await app.appReady();
    await settled(() => app.session.getState().status === 'failed');
    expect(app.session.getState().failure).toBe('cancelled');
    expect(app.season.getState().status).toBe('idle');
  });
});
