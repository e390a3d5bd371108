import { setupMockGatewayServer } from '@mock/node';
import type { HostBridge, TicketResult } from '@/host/host-bridge';

const BASE_URL = 'http://gateway.test/gateway';
const { server, gateway } = setupMockGatewayServer(BASE_URL);

let answer: TicketResult = { ok: true, ticket: 'dev:p-all-verified:start' };
/** What the host bridge waits for before answering; resolved at once unless a test holds it. */
let hostAnswers: Promise<void> = Promise.resolve();
const bridge: HostBridge = {
  id: 'dev',
  requestTicket: () => hostAnswers.then(() => answer),
  signOut: () => Promise.resolve(),
};

/** The gateway paths the app asked for, in the order the requests left. */
const asked: string[] = [];
server.events.on('request:start', ({ request }) => {
  asked.push(`${request.method} ${new URL(request.url).pathname.replace('/gateway', '')}`);
});

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
      .configureGateway({ baseUrl: BASE_URL, sleep: () => Promise.resolve() });
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
beforeEach(() => {
  asked.length = 0;
  hostAnswers = Promise.resolve();
  gateway.state.fault = null;
});

describe('starting the app', () => {
  it('signs in and loads the season before any page asks for them', async () => {
    answer = { ok: true, ticket: 'dev:p-all-verified:start-1' };
    const app = freshApp();
    await app.appReady();
    await settled(() => app.season.getState().status === 'ready');
    expect(app.session.getState().status).toBe('signed-in');
    expect(app.season.getState().config?.season).toBe(2022);
  });

  it('asks for the season at once, while the host is still signing the parent in', async () => {
    let hostAnswer = () => {};
    hostAnswers = new Promise((resolve) => {
      hostAnswer = resolve;
    });
    answer = { ok: true, ticket: 'dev:p-all-verified:start-2' };
    const app = freshApp();
    await app.appReady();
    await settled(() => app.season.getState().status === 'ready');
    expect(app.season.getState().status).toBe('ready');
    expect(app.session.getState().status).toBe('signing-in');
    expect(asked).toEqual(['GET /config']);
    hostAnswer();
    await settled(() => app.session.getState().status === 'signed-in');
    expect(asked).toEqual(['GET /config', 'POST /session']);
  });

  it('loads the season even when the host cannot sign the parent in (its help line shows)', async () => {
    answer = { ok: false, reason: 'cancelled' };
    const app = freshApp();
    await app.appReady();
    await settled(() => app.session.getState().status === 'failed');
    await settled(() => app.season.getState().status === 'ready');
    expect(app.session.getState().failure).toBe('cancelled');
    expect(app.season.getState().config?.helpLine).toMatch(/^0531-/);
  });

  it('asks for the season once however many screens wait for it meanwhile', async () => {
    answer = { ok: true, ticket: 'dev:p-all-verified:start-3' };
    const app = freshApp();
    await app.appReady();
    // A gate mounting while the early load is under way asks the store again.
    await Promise.all([app.season.getState().load(), app.season.getState().load()]);
    await settled(() => app.session.getState().status === 'signed-in');
    expect(asked.filter((request) => request === 'GET /config')).toHaveLength(1);
    expect(app.season.getState().status).toBe('ready');
  });

  it('leaves a failed season load to the screen, whose retry loads it', async () => {
    answer = { ok: true, ticket: 'dev:p-all-verified:start-4' };
    gateway.state.fault = { mode: 'server-error', pathPrefix: '/config' };
    const app = freshApp();
    await app.appReady();
    await settled(() => app.season.getState().status === 'failed');
    expect(app.season.getState().failure).toBe('SERVER_ERROR');
    gateway.state.fault = null;
    await app.season.getState().load();
    expect(app.season.getState()).toMatchObject({ status: 'ready', failure: null });
  });
});
