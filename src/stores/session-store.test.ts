/**
 * The session store with fake host bridges against the mock gateway (msw/node), so tickets,
 * tokens and expiry follow the gateway's real rules.
 */
import { setupMockGatewayServer } from '@mock/node';
import { fetchFaq } from '@/api/content-api';
import * as sessionApi from '@/api/session-api';
import { configureGateway } from '@/api/gateway-client';
import { createDevHost, createVolatileMemory } from '@/host/dev-host';
import type { HostBridge, TicketResult } from '@/host/host-bridge';
import { startSession, usesDevHost, useSession } from './session-store';

const BASE_URL = 'http://gateway.test/gateway';
const { server, gateway } = setupMockGatewayServer(BASE_URL);

const SIGNED_OUT = { status: 'idle', profile: null, failure: null, renewalFailure: null } as const;

let nonce = 0;

/** A host that signs in as the parents given, one per request (the last one repeats). */
function hostFor(...parentIds: string[]) {
  const queue = [...parentIds];
  const requestTicket = jest.fn((): Promise<TicketResult> => {
    const parentId = queue.length > 1 ? queue.shift() : queue[0];
    nonce += 1;
    return Promise.resolve({ ok: true, ticket: `dev:${parentId ?? 'nobody'}:s${nonce}` });
  });
  const signOut = jest.fn(() => Promise.resolve());
  const bridge: HostBridge = { id: 'dev', requestTicket, signOut };
  return { bridge, requestTicket, signOut };
}

/** A host whose answers are scripted, one per request. */
function scriptedHost(...results: TicketResult[]) {
  const requestTicket = jest.fn(() =>
    Promise.resolve<TicketResult>(results.shift() ?? { ok: false, reason: 'unavailable' }),
  );
  const bridge: HostBridge = { id: 'ishandong', requestTicket, signOut: () => Promise.resolve() };
  return { bridge, requestTicket };
}

function liveSessions(): string[] {
  const now = gateway.clock.now();
  return [...gateway.state.sessions.values()]
    .filter((session) => session.expiresAt > now)
    .map((session) => session.parentId);
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  configureGateway({ baseUrl: BASE_URL, sleep: () => Promise.resolve(), random: () => 0 });
  useSession.setState({ ...SIGNED_OUT });
});
afterEach(() => {
  gateway.state.reset();
  gateway.clock.reset();
});
afterAll(() => server.close());

describe('useSession.signIn', () => {
  it('signs the parent in with the profile the gateway returns', async () => {
    startSession(hostFor('p-all-verified').bridge);
    await useSession.getState().signIn();
    const state = useSession.getState();
    expect(state.status).toBe('signed-in');
    expect(state.failure).toBeNull();
    expect(state.profile).toEqual({
      parentId: 'p-all-verified',
      name: '李明轩',
      idNumber: '370102198603140132',
      mobile: '13900000001',
    });
  });

  it('shares one sign-in between callers that ask at the same time', async () => {
    const { bridge, requestTicket } = hostFor('p-all-verified');
    startSession(bridge);
    await Promise.all([useSession.getState().signIn(), useSession.getState().signIn()]);
    expect(requestTicket).toHaveBeenCalledTimes(1);
    expect(useSession.getState().status).toBe('signed-in');
  });

  it('presents the new session token on later gateway calls', async () => {
    const { bridge, requestTicket } = hostFor('p-all-verified');
    startSession(bridge);
    await useSession.getState().signIn();
    await expect(fetchFaq()).resolves.toHaveLength(14);
    // One ticket: the FAQ call was accepted without a renewal.
    expect(requestTicket).toHaveBeenCalledTimes(1);
  });

  it('is signing-in while the host and gateway are asked', async () => {
    let answer: (result: TicketResult) => void = () => undefined;
    const bridge: HostBridge = {
      id: 'dev',
      requestTicket: () => new Promise((resolve) => (answer = resolve)),
      signOut: () => Promise.resolve(),
    };
    startSession(bridge);
    const signingIn = useSession.getState().signIn();
    expect(useSession.getState().status).toBe('signing-in');
    answer({ ok: true, ticket: 'dev:p-all-verified:pending' });
    await signingIn;
    expect(useSession.getState().status).toBe('signed-in');
  });

  it.each(['not-logged-in', 'cancelled', 'refused', 'unavailable', 'choose-parent'] as const)(
    'fails with the host reason %s without asking the gateway',
    async (reason) => {
      startSession(scriptedHost({ ok: false, reason }).bridge);
      await useSession.getState().signIn();
      expect(useSession.getState()).toMatchObject({ status: 'failed', failure: reason });
      expect(useSession.getState().profile).toBeNull();
      expect(gateway.state.usedTickets.size).toBe(0);
    },
  );

  it('fails with TICKET_REJECTED when the gateway refuses the ticket', async () => {
    startSession(hostFor('nobody-we-know').bridge);
    await useSession.getState().signIn();
    expect(useSession.getState()).toMatchObject({ status: 'failed', failure: 'TICKET_REJECTED' });
  });

  it('fails with NETWORK when the gateway cannot be reached, and only tries once', async () => {
    // The fault hits one request only: a retried exchange would have succeeded.
    gateway.state.fault = { mode: 'network-error', pathPrefix: '/session', times: 1 };
    startSession(hostFor('p-all-verified').bridge);
    await useSession.getState().signIn();
    expect(useSession.getState()).toMatchObject({ status: 'failed', failure: 'NETWORK' });
  });

  it('fails as the app’s own fault, not as a network failure, when sign-on throws something that is no gateway error', async () => {
    const exchange = jest
      .spyOn(sessionApi, 'exchangeTicket')
      .mockRejectedValueOnce(new TypeError('Object.fromEntries is not a function'));
    startSession(hostFor('p-all-verified').bridge);
    await useSession.getState().signIn();
    expect(useSession.getState()).toMatchObject({ status: 'failed', failure: 'app-fault' });
    exchange.mockRestore();
    await useSession.getState().signIn();
    expect(useSession.getState()).toMatchObject({ status: 'signed-in', failure: null });
  });

  it('signs in on a retry after a failure, clearing the failure', async () => {
    const { bridge } = scriptedHost(
      { ok: false, reason: 'not-logged-in' },
      { ok: true, ticket: 'ishandong:p-all-verified:retry' },
    );
    startSession(bridge);
    await useSession.getState().signIn();
    await useSession.getState().signIn();
    expect(useSession.getState()).toMatchObject({ status: 'signed-in', failure: null });
  });
});

describe('a host bridge that breaks', () => {
  function throwingHost(...then: TicketResult[]) {
    const requestTicket = jest
      .fn<Promise<TicketResult>, []>()
      .mockImplementationOnce(() => {
        throw new Error('lightAppJssdk.user is undefined');
      })
      .mockImplementationOnce(() => Promise.reject(new Error('bridge rejected')));
    for (const result of then) requestTicket.mockResolvedValueOnce(result);
    const bridge: HostBridge = { id: 'ishandong', requestTicket, signOut: () => Promise.resolve() };
    return { bridge, requestTicket };
  }

  it('fails a sign-in whose host throws, and signs in on the next try', async () => {
    const { bridge, requestTicket } = throwingHost({
      ok: true,
      ticket: 'ishandong:p-all-verified:after-throws',
    });
    startSession(bridge);
    await useSession.getState().signIn();
    expect(useSession.getState()).toMatchObject({ status: 'failed', failure: 'unavailable' });
    await useSession.getState().signIn();
    expect(useSession.getState()).toMatchObject({ status: 'failed', failure: 'unavailable' });
    await useSession.getState().signIn();
    expect(useSession.getState()).toMatchObject({ status: 'signed-in', failure: null });
    expect(requestTicket).toHaveBeenCalledTimes(3);
  });

  it('asks the host again for each sign-in after a failure, never reusing the failed one', async () => {
    const { bridge, requestTicket } = scriptedHost(
      { ok: false, reason: 'unavailable' },
      { ok: false, reason: 'refused' },
    );
    startSession(bridge);
    await useSession.getState().signIn();
    await useSession.getState().signIn();
    expect(requestTicket).toHaveBeenCalledTimes(2);
    expect(useSession.getState().failure).toBe('refused');
  });

  it('fails a renewal whose host throws, and renews on the next try', async () => {
    const ok = (nonce: string): TicketResult => ({
      ok: true,
      ticket: `ishandong:p-all-verified:${nonce}`,
    });
    const requestTicket = jest
      .fn<Promise<TicketResult>, []>()
      .mockResolvedValueOnce(ok('first'))
      .mockImplementationOnce(() => {
        throw new Error('bridge gone');
      })
      .mockResolvedValueOnce(ok('third'));
    startSession({ id: 'ishandong', requestTicket, signOut: () => Promise.resolve() });
    await useSession.getState().signIn();
    await expect(useSession.getState().renew()).resolves.toBe(false);
    expect(useSession.getState().renewalFailure).toBe('unavailable');
    await expect(useSession.getState().renew()).resolves.toBe(true);
    expect(useSession.getState().renewalFailure).toBeNull();
    expect(requestTicket).toHaveBeenCalledTimes(3);
  });
});

describe('useSession.renew', () => {
  it('asks the host once when two renewals run at the same time', async () => {
    const { bridge, requestTicket } = hostFor('p-all-verified');
    startSession(bridge);
    await useSession.getState().signIn();
    requestTicket.mockClear();
    const ticketsBefore = gateway.state.usedTickets.size;

    const results = await Promise.all([
      useSession.getState().renew(),
      useSession.getState().renew(),
    ]);

    expect(results).toEqual([true, true]);
    expect(requestTicket).toHaveBeenCalledTimes(1);
    expect(gateway.state.usedTickets.size).toBe(ticketsBefore + 1);
  });

  it('asks the host again for a renewal after the previous one finished', async () => {
    const { bridge, requestTicket } = hostFor('p-all-verified');
    startSession(bridge);
    await useSession.getState().signIn();
    await useSession.getState().renew();
    await useSession.getState().renew();
    expect(requestTicket).toHaveBeenCalledTimes(3);
  });

  it('renews one expired session once for two calls that hit the expiry together', async () => {
    const { bridge, requestTicket } = hostFor('p-all-verified');
    startSession(bridge);
    await useSession.getState().signIn();
    requestTicket.mockClear();
    gateway.clock.set(gateway.clock.now() + 31 * 60 * 1000);

    const [first, second] = await Promise.all([fetchFaq(), fetchFaq()]);

    expect(first).toHaveLength(14);
    expect(second).toHaveLength(14);
    expect(requestTicket).toHaveBeenCalledTimes(1);
    expect(useSession.getState()).toMatchObject({ status: 'signed-in', renewalFailure: null });
  });

  it('keeps the parent signed in and the profile when the same parent comes back', async () => {
    startSession(hostFor('p-all-verified').bridge);
    await useSession.getState().signIn();
    await expect(useSession.getState().renew()).resolves.toBe(true);
    expect(useSession.getState()).toMatchObject({
      status: 'signed-in',
      profile: { parentId: 'p-all-verified' },
      renewalFailure: null,
    });
  });

  it('clears the profile when the host comes back with a different parent', async () => {
    startSession(hostFor('p-all-verified', 'p-migrant-worker').bridge);
    await useSession.getState().signIn();
    await expect(useSession.getState().renew()).resolves.toBe(false);
    expect(useSession.getState()).toMatchObject({ status: 'idle', profile: null });
  });

  it('records a failed renewal without signing the parent out of the screen', async () => {
    const { bridge } = scriptedHost(
      { ok: true, ticket: 'ishandong:p-all-verified:first' },
      { ok: false, reason: 'not-logged-in' },
    );
    startSession(bridge);
    await useSession.getState().signIn();
    await expect(useSession.getState().renew()).resolves.toBe(false);
    expect(useSession.getState()).toMatchObject({
      status: 'signed-in',
      profile: { parentId: 'p-all-verified' },
      renewalFailure: 'not-logged-in',
    });
  });

  it('clears a recorded renewal failure once a renewal succeeds', async () => {
    const { bridge } = scriptedHost(
      { ok: true, ticket: 'ishandong:p-all-verified:first' },
      { ok: false, reason: 'cancelled' },
      { ok: true, ticket: 'ishandong:p-all-verified:third' },
    );
    startSession(bridge);
    await useSession.getState().signIn();
    await useSession.getState().renew();
    await expect(useSession.getState().renew()).resolves.toBe(true);
    expect(useSession.getState().renewalFailure).toBeNull();
  });
});

describe('useSession.signOut', () => {
  it('clears the profile, ends the session at the gateway and tells the host', async () => {
    const { bridge, signOut } = hostFor('p-all-verified');
    startSession(bridge);
    await useSession.getState().signIn();
    expect(liveSessions()).toEqual(['p-all-verified']);

    await useSession.getState().signOut();

    expect(useSession.getState()).toMatchObject(SIGNED_OUT);
    expect(liveSessions()).toEqual([]);
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it('signs out locally even when the gateway cannot be reached', async () => {
    startSession(hostFor('p-all-verified').bridge);
    await useSession.getState().signIn();
    gateway.state.fault = { mode: 'network-error' };
    await useSession.getState().signOut();
    expect(useSession.getState()).toMatchObject(SIGNED_OUT);
  });
});

describe('the development host', () => {
  it('signs in as the parent chosen in the picker', async () => {
    startSession(createDevHost(createVolatileMemory()));
    await useSession.getState().signIn();
    expect(useSession.getState().failure).toBe('choose-parent');
    await useSession.getState().chooseDevParent('p-transfer-family');
    expect(useSession.getState()).toMatchObject({
      status: 'signed-in',
      profile: { parentId: 'p-transfer-family' },
    });
  });

  it('is reported only while the development host is in use', () => {
    startSession(createDevHost(createVolatileMemory()));
    expect(usesDevHost()).toBe(true);
    startSession(scriptedHost().bridge);
    expect(usesDevHost()).toBe(false);
  });
});

describe('before startSession', () => {
  it('refuses to sign in, naming the missing start-up step', async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = await import('./session-store');
      await expect(fresh.useSession.getState().signIn()).rejects.toThrow('startSession()');
      await expect(fresh.useSession.getState().renew()).resolves.toBe(false);
    });
  });
});
