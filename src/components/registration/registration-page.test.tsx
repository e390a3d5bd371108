/**
 * The page frame every registration screen shares, in jsdom against the mock gateway
 * (msw/node): which requests leave when, so the start page's first screen waits on as few
 * round trips one after the other as it can.
 */
import { setUpPageGateway } from '../../../config/test-doubles/page-gateway';
import { render, screen, waitFor } from '@testing-library/react';
import type { PropsWithChildren } from 'react';
import { ENROLLMENT_JOURNEY } from '@/domain/registration/journey';
import { startSession } from '@/stores/session-store';
import type { RegistrationFlow } from './flow';
import { RegistrationPage } from './registration-page';

jest.mock('@/app-start', () => ({ appReady: () => Promise.resolve() }));
// The frame's header and footer need Taro's page runtime (browser tests cover them).
jest.mock('@/components/page-shell', () => ({
  PageShell: ({ children }: PropsWithChildren) => <main>{children}</main>,
}));

const { gateway, timeline, bridge } = setUpPageGateway('p-all-verified', 'page');

const FLOW: RegistrationFlow = {
  subsystem: 'enrollment',
  journey: ENROLLMENT_JOURNEY,
  routes: {
    start: 'enrollment',
    section: 'enrollmentSection',
    check: 'enrollmentCheck',
    receipt: 'enrollmentReceipt',
    ineligible: 'enrollmentIneligible',
  },
  copy: (m) => m.enrollment,
};

function renderPage() {
  startSession(bridge);
  render(
    <RegistrationPage flow={FLOW} title="登记">
      {(draftId) => <p>draft {draftId}</p>}
    </RegistrationPage>,
  );
}

describe('RegistrationPage', () => {
  it('asks for the public materials catalogue alongside the sign-in, not once it has answered', async () => {
    // The sign-in answers slowly, so a catalogue asked for only after it would show here.
    gateway.state.fault = { mode: 'latency', latencyMs: 300, pathPrefix: '/session' };
    renderPage();
    await screen.findByText(/^draft /, undefined, { timeout: 3000 });
    await waitFor(() => expect(timeline).toContain('answered GET /materials'));
    expect(timeline.indexOf('asked GET /materials')).toBeLessThan(
      timeline.indexOf('answered POST /session'),
    );
  });

  it('starts a parent with no drafts anywhere on a blank one without asking for drafts', async () => {
    renderPage();
    await screen.findByText(/^draft /, undefined, { timeout: 3000 });
    expect(timeline.filter((event) => event.includes('/drafts'))).toEqual([]);
  });
});
