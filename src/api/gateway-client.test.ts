/**
 * Integration: the real API functions, transport and `Taro.request` (the jest double, over fetch)
 * against the mock gateway served by msw/node.
 */
import { setupMockGatewayServer } from '@mock/node';
import { fetchSeasonConfig } from './config-api';
import { fetchFaq, fetchNotice, fetchNotices } from './content-api';
import { fetchDevParents } from './dev-host-api';
import { configureGateway } from './gateway-client';
import { GatewayError } from './gateway-error';
import { exchangeTicket } from './session-api';

const BASE_URL = 'http://gateway.test/gateway';
const PARENT = 'p-all-verified';

const { server, gateway } = setupMockGatewayServer(BASE_URL);

let token: string | null = null;
let nonce = 0;
const renew = jest.fn(async () => {
  token = (await signIn()).token;
  return true;
});
const delays: number[] = [];
const serverTimes: string[] = [];

function freshTicket(parentId = PARENT): string {
  nonce += 1;
  return `dev:${parentId}:auto-${nonce}`;
}

function signIn(parentId = PARENT) {
  return exchangeTicket('dev', freshTicket(parentId));
}

/** Calls a control endpoint the way the developer tools do. */
async function control(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${BASE_URL}/__mock/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${path} answered ${response.status}`);
}

async function failureOf(promise: Promise<unknown>): Promise<GatewayError> {
  const outcome = await promise.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  if (outcome instanceof GatewayError) return outcome;
  throw outcome;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  configureGateway({
    baseUrl: BASE_URL,
    session: { getToken: () => token, renew },
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    random: () => 0,
    onServerTime: (iso) => serverTimes.push(iso),
    timeoutMs: 200,
  });
  token = (await signIn()).token;
  delays.length = 0;
  serverTimes.length = 0;
  renew.mockClear();
});
afterEach(() => {
  gateway.state.reset();
  gateway.clock.reset();
  token = null;
});
afterAll(() => server.close());

describe('the gateway client against the mock gateway', () => {
  it('exchanges a development ticket for a token and the seeded parent', async () => {
    const grant = await exchangeTicket('dev', 'dev:p-all-verified:n1');
    expect(grant.token).toEqual(expect.any(String));
    expect(grant.token).not.toBe(token);
    expect(grant.profile).toEqual({
      parentId: 'p-all-verified',
      name: '李明轩',
      idNumber: '370102198603140132',
      mobile: '13900000001',
    });
    expect(Date.parse(grant.expiresAt)).toBeGreaterThan(gateway.clock.now());
  });

  it('rejects a ticket used twice as TICKET_REJECTED', async () => {
    const ticket = freshTicket();
    await exchangeTicket('dev', ticket);
    const error = await failureOf(exchangeTicket('dev', ticket));
    expect(error).toMatchObject({ code: 'TICKET_REJECTED', status: 401 });
  });

  it('rejects a ticket for a parent the identity service does not know', async () => {
    const error = await failureOf(exchangeTicket('dev', 'dev:nobody:n1'));
    expect(error.code).toBe('TICKET_REJECTED');
  });

  it('loads the season configuration', async () => {
    const config = await fetchSeasonConfig();
    expect(config.season).toBe(2022);
    expect(config.windows.enrollment).toEqual({
      opensAt: '2022-07-01T08:00:00+08:00',
      closesAt: '2022-07-10T18:00:00+08:00',
    });
    expect(config.enrollmentBirthRange).toEqual({ from: '2015-09-01', to: '2016-08-31' });
    expect(config.helpLine).toMatch(/^0531-/);
  });

  it('loads all 14 FAQ answers in order', async () => {
    const faq = await fetchFaq();
    expect(faq).toHaveLength(14);
    expect(faq.map((entry) => entry.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    for (const entry of faq) expect(entry.answer.length).toBeGreaterThan(0);
  });

  it('lists the notices newest first, and opens one by its id', async () => {
    const notices = await fetchNotices();
    expect(notices.length).toBeGreaterThan(0);
    const dates = notices.map((n) => n.publishedOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const first = notices[0];
    if (!first) throw new Error('no notices');
    const notice = await fetchNotice(first.id);
    expect(notice).toMatchObject(first);
    expect(notice.paragraphs.length).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND for a notice that does not exist, without retrying', async () => {
    const error = await failureOf(fetchNotice('n-missing'));
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(delays).toEqual([]);
  });

  it('lists the seeded parents for the developer picker without a session', async () => {
    token = null;
    const parents = await fetchDevParents();
    expect(parents.length).toBeGreaterThan(0);
    expect(parents.map((p) => p.parentId)).toContain(PARENT);
    expect(renew).not.toHaveBeenCalled();
  });

  it('reports the mock clock as the server time', async () => {
    await fetchFaq();
    expect(serverTimes).toHaveLength(1);
    expect(serverTimes[0]).toMatch(/^2022-07-05T10:0\d:\d\d\.\d{3}\+08:00$/);
  });
});

describe('the gateway client under injected faults', () => {
  it('waits out a 503 set through the control endpoint and recovers', async () => {
    await control('faults', { fault: { mode: 'unavailable', retryAfterSeconds: 2, times: 1 } });
    await expect(fetchSeasonConfig()).resolves.toMatchObject({ season: 2022 });
    expect(delays).toEqual([2000]);
  });

  it('surfaces UNAVAILABLE with the wait when maintenance lasts longer than it will wait', async () => {
    gateway.state.fault = { mode: 'unavailable', retryAfterSeconds: 60 };
    const error = await failureOf(fetchFaq());
    expect(error).toMatchObject({ code: 'UNAVAILABLE', status: 503, retryAfterMs: 60_000 });
    expect(delays).toEqual([]);
  });

  it('retries through two server errors and recovers', async () => {
    gateway.state.fault = { mode: 'server-error', times: 2 };
    await expect(fetchNotices()).resolves.not.toHaveLength(0);
    expect(delays).toHaveLength(2);
  });

  it('surfaces NETWORK when the gateway stays unreachable', async () => {
    gateway.state.fault = { mode: 'network-error' };
    const error = await failureOf(fetchFaq());
    expect(error).toMatchObject({ code: 'NETWORK', status: null });
    expect(delays).toHaveLength(3);
  });

  it('surfaces TIMEOUT when the gateway never answers', async () => {
    configureGateway({ timeoutMs: 50 });
    gateway.state.fault = { mode: 'hang' };
    const error = await failureOf(fetchSeasonConfig());
    expect(error).toMatchObject({ code: 'TIMEOUT', status: null });
    expect(delays).toHaveLength(3);
  });

  it('never repeats a ticket exchange that failed on the way', async () => {
    gateway.state.fault = { mode: 'server-error', pathPrefix: '/session', times: 1 };
    const error = await failureOf(signIn());
    expect(error.code).toBe('SERVER_ERROR');
    expect(delays).toEqual([]);
    expect(gateway.state.fault).toBeNull();
  });
});

describe('the gateway client when the session expires', () => {
  it('renews through the session hooks and replays the call', async () => {
    await control('sessions/expire', {});
    const faq = await fetchFaq();
    expect(faq).toHaveLength(14);
    expect(renew).toHaveBeenCalledTimes(1);
    const live = [...gateway.state.sessions.entries()].filter(
      ([, session]) => session.expiresAt > gateway.clock.now(),
    );
    expect(live.map(([liveToken]) => liveToken)).toEqual([token]);
  });

  it('renews when the clock passes the 30-minute expiry', async () => {
    gateway.clock.set(gateway.clock.now() + 31 * 60 * 1000);
    await expect(fetchNotices()).resolves.not.toHaveLength(0);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('surfaces SESSION_EXPIRED when renewal fails', async () => {
    renew.mockResolvedValueOnce(false);
    gateway.state.fault = { mode: 'expire-session', times: 1 };
    const error = await failureOf(fetchFaq());
    expect(error).toMatchObject({ code: 'SESSION_EXPIRED', status: 401 });
    expect(renew).toHaveBeenCalledTimes(1);
  });
});
