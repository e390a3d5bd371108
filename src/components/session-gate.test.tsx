/**
 * The session gate in jsdom, signing in through fake and development hosts against the mock
 * gateway (msw/node). `appReady` is replaced because its only job here, wiring a host chosen from
 * the build settings, is what each test does itself with `startSession`.
 */
import { setupMockGatewayServer } from '@mock/node';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { configureGateway } from '@/api/gateway-client';
import * as sessionApi from '@/api/session-api';
import { createDevHost, createVolatileMemory } from '@/host/dev-host';
import type { HostBridge, TicketResult } from '@/host/host-bridge';
import { currentMessages } from '@/messages/catalog';
import { startSession, useSession } from '@/stores/session-store';
import { SessionGate } from './session-gate';

jest.mock('@/app-start', () => ({ appReady: () => Promise.resolve() }));

const BASE_URL = 'http://gateway.test/gateway';
const { server, gateway } = setupMockGatewayServer(BASE_URL);
const m = currentMessages();

let nonce = 0;

function ticketFor(parentId: string): TicketResult {
  nonce += 1;
  return { ok: true, ticket: `dev:${parentId}:g${nonce}` };
}

/** A host that answers each request from the script, then signs in as p-all-verified. */
function scriptedHost(...script: TicketResult[]) {
  const requestTicket = jest.fn(() =>
    Promise.resolve(script.shift() ?? ticketFor('p-all-verified')),
  );
  const bridge: HostBridge = { id: 'dev', requestTicket, signOut: () => Promise.resolve() };
  return { bridge, requestTicket };
}

function renderGate() {
  return render(
    <SessionGate>
      <p>protected page</p>
    </SessionGate>,
  );
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  configureGateway({ baseUrl: BASE_URL, sleep: () => Promise.resolve(), random: () => 0 });
  useSession.setState({ status: 'idle', profile: null, failure: null, renewalFailure: null });
});
afterEach(() => gateway.state.reset());
afterAll(() => server.close());

describe('SessionGate', () => {
  it('shows the signing-in note, then the page once the parent is signed in', async () => {
    startSession(scriptedHost().bridge);
    renderGate();
    expect(screen.getByRole('status').textContent).toBe(m.signOn.signingIn);
    expect(screen.queryByText('protected page')).toBeNull();

    expect(await screen.findByText('protected page')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(useSession.getState().profile?.parentId).toBe('p-all-verified');
  });

  it('signs in once, however often it renders', async () => {
    const { bridge, requestTicket } = scriptedHost();
    startSession(bridge);
    const { rerender } = renderGate();
    rerender(
      <SessionGate>
        <p>protected page</p>
      </SessionGate>,
    );
    await screen.findByText('protected page');
    expect(requestTicket).toHaveBeenCalledTimes(1);
  });

  it('tells a parent who is not logged in to the host what to do, and retries on request', async () => {
    const { bridge, requestTicket } = scriptedHost({ ok: false, reason: 'not-logged-in' });
    startSession(bridge);
    renderGate();

    const panel = await screen.findByRole('alert');
    expect(within(panel).getByText(m.signOn['not-logged-in'].title)).toBeTruthy();
    expect(within(panel).getByText(m.signOn['not-logged-in'].action)).toBeTruthy();
    expect(within(panel).getByText(m.signOn.passwordHelp)).toBeTruthy();
    expect(screen.queryByText('protected page')).toBeNull();

    fireEvent.click(within(panel).getByRole('button', { name: m.common.retry }));

    expect(await screen.findByText('protected page')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(requestTicket).toHaveBeenCalledTimes(2);
  });

  it.each(['cancelled', 'refused', 'legal-person', 'unavailable'] as const)(
    'shows the message for a host that answered %s',
    async (reason) => {
      startSession(scriptedHost({ ok: false, reason }).bridge);
      renderGate();
      const panel = await screen.findByRole('alert');
      expect(within(panel).getByText(m.signOn[reason].title)).toBeTruthy();
      expect(within(panel).getByText(m.signOn[reason].action)).toBeTruthy();
    },
  );

  it('shows a fault inside the app as such, with a retry, never as a network failure', async () => {
    const exchange = jest
      .spyOn(sessionApi, 'exchangeTicket')
      .mockRejectedValueOnce(new TypeError('Object.fromEntries is not a function'));
    startSession(scriptedHost(ticketFor('p-all-verified'), ticketFor('p-all-verified')).bridge);
    renderGate();
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByText(m.account.appFault.title)).toBeTruthy();
    expect(within(panel).queryByText(m.errors.NETWORK.title)).toBeNull();
    exchange.mockRestore();
    fireEvent.click(within(panel).getByRole('button', { name: m.common.retry }));
    expect(await screen.findByText('protected page')).toBeTruthy();
  });

  it('explains a ticket the gateway rejected with the gateway error message', async () => {
    startSession(scriptedHost(ticketFor('nobody-we-know')).bridge);
    renderGate();
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByText(m.errors.TICKET_REJECTED.title)).toBeTruthy();
    expect(within(panel).getByRole('button', { name: m.common.retry })).toBeTruthy();
  });

  it('shows no parent picker in a build without the development host, only that no host answered', async () => {
    process.env.TARO_APP_HOST = 'auto';
    startSession(createDevHost(createVolatileMemory()));
    renderGate();
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByText(m.signOn.unavailable.title)).toBeTruthy();
    expect(screen.queryByText(m.signOn.devPickerTitle)).toBeNull();
  });

  it('offers the development parent picker, listing the seeded parents, and signs in as the one picked', async () => {
    // The picker is loaded only by builds that sign in through the development host.
    process.env.TARO_APP_HOST = 'dev';
    startSession(createDevHost(createVolatileMemory()));
    renderGate();

    expect(await screen.findByText(m.signOn.devPickerTitle)).toBeTruthy();
    const choices = await screen.findAllByRole('button');
    const parents = (await (await fetch(`${BASE_URL}/__mock/parents`)).json()) as {
      data: { parentId: string; label: string }[];
    };
    expect(choices.map((button) => button.textContent)).toEqual(
      parents.data.map((parent) => parent.label),
    );

    const migrant = parents.data.find((parent) => parent.parentId === 'p-migrant-worker');
    fireEvent.click(screen.getByRole('button', { name: migrant?.label }));

    expect(await screen.findByText('protected page')).toBeTruthy();
    expect(useSession.getState().profile?.parentId).toBe('p-migrant-worker');
    process.env.TARO_APP_HOST = 'auto';
  });

  it('keeps the page and shows a renewal notice above it when renewal fails', async () => {
    const { bridge } = scriptedHost(ticketFor('p-all-verified'), {
      ok: false,
      reason: 'cancelled',
    });
    startSession(bridge);
    renderGate();
    await screen.findByText('protected page');

    await act(() => useSession.getState().renew());

    const panel = screen.getByRole('alert');
    expect(within(panel).getByText(m.signOn.renewFailed)).toBeTruthy();
    expect(screen.getByText('protected page')).toBeTruthy();

    fireEvent.click(within(panel).getByRole('button', { name: m.common.retry }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByText('protected page')).toBeTruthy();
    expect(useSession.getState().renewalFailure).toBeNull();
  });
});
