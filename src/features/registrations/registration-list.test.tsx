/**
 * 我的登记 in jsdom against the mock gateway (msw/node): the list is asked for as soon as the
 * parent is signed in, without waiting for the season it is judged by.
 */
import { recordGatewayTimeline, setupMockGatewayServer } from '@mock/node';
import { ticketBridge } from '../../../config/test-doubles/ticket-bridge';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { configureGateway } from '@/api/gateway-client';
import { SessionGate } from '@/components/session-gate';
import { currentMessages } from '@/messages/catalog';
import { useSeason } from '@/stores/season-store';
import { noteServerTime } from '@/stores/server-time';
import { startSession, useSession } from '@/stores/session-store';
import { RegistrationList } from './registration-list';

jest.mock('@/app-start', () => ({ appReady: () => Promise.resolve() }));
// Returning to the page needs Taro's page runtime (browser tests cover it).
jest.mock('@/platform/page-events', () => ({ usePageShow: () => undefined }));

const BASE_URL = 'http://gateway.test/gateway';
const { server, gateway } = setupMockGatewayServer(BASE_URL);
const m = currentMessages();

const timeline = recordGatewayTimeline(server, BASE_URL);

const bridge = ticketBridge('p-all-verified', 'list');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  configureGateway({
    baseUrl: BASE_URL,
    onServerTime: noteServerTime,
    sleep: () => Promise.resolve(),
    random: () => 0,
  });
  useSession.setState({ status: 'idle', profile: null, failure: null, renewalFailure: null });
  useSeason.setState({ config: null, status: 'idle', failure: null });
  timeline.length = 0;
});
afterEach(() => gateway.state.reset());
afterAll(() => server.close());

describe('RegistrationList', () => {
  it('asks for the registrations without waiting for the season to arrive', async () => {
    // The season answers slowly, so a list asked for only after it would show here.
    gateway.state.fault = { mode: 'latency', latencyMs: 300, pathPrefix: '/config' };
    startSession(bridge);
    render(
      <SessionGate>
        <RegistrationList only={null} />
      </SessionGate>,
    );
    await screen.findByText(m.common.enrollment, undefined, { timeout: 3000 });
    expect(timeline.indexOf('asked GET /registrations')).toBeLessThan(
      timeline.indexOf('answered GET /config'),
    );
  });

  it('shows the season problem with its retry once the list has arrived', async () => {
    gateway.state.fault = { mode: 'server-error', pathPrefix: '/config' };
    startSession(bridge);
    render(
      <SessionGate>
        <RegistrationList only={null} />
      </SessionGate>,
    );
    await screen.findByText(m.errors.SERVER_ERROR.title, undefined, { timeout: 3000 });
    gateway.state.fault = null;
    fireEvent.click(screen.getByRole('button', { name: m.common.retry }));
    await screen.findByText(m.common.enrollment);
    await waitFor(() => expect(useSeason.getState().status).toBe('ready'));
  });
});
