/**
 * 我的登记 in jsdom against the mock gateway (msw/node): the list is asked for as soon as the
 * parent is signed in, without waiting for the season it is judged by.
 */
import { setUpPageGateway } from '../../../config/test-doubles/page-gateway';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SessionGate } from '@/components/session-gate';
import { currentMessages } from '@/messages/catalog';
import { useSeason } from '@/stores/season-store';
import { startSession } from '@/stores/session-store';
import { RegistrationList } from './registration-list';

jest.mock('@/app-start', () => ({ appReady: () => Promise.resolve() }));
// Returning to the page needs Taro's page runtime (browser tests cover it).
jest.mock('@/platform/page-events', () => ({ usePageShow: () => undefined }));

const { gateway, timeline, bridge } = setUpPageGateway('p-all-verified', 'list');
const m = currentMessages();

beforeEach(() => useSeason.setState({ config: null, status: 'idle', failure: null }));

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
