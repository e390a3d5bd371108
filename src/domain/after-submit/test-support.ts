import type { RegistrationSummary } from '@contract';
import type { WindowState } from '../season/window-state';

/** A registration as the gateway lists it, with the fields a test cares about changed. */
export function summary(change: Partial<RegistrationSummary> = {}): RegistrationSummary {
  return {
    id: 'r-1',
    reference: 'JN2022-E-000001',
    subsystem: 'enrollment',
    status: 'submitted',
    submittedAt: '2022-07-05T10:00:00.000+08:00',
    category: 'household-property-match',
    childName: '李沐阳',
    childIdNumber: '370102201510180033',
    schoolId: 's-lixia-1',
    needsOnSiteAppointment: false,
    history: [{ status: 'submitted', at: '2022-07-05T10:00:00.000+08:00' }],
    correction: null,
    resultNote: null,
    appointment: null,
    replaces: null,
    ...change,
  };
}

export const OPEN: WindowState = { phase: 'open', closesAt: '2022-07-10T18:00:00+08:00' };
export const CLOSED: WindowState = { phase: 'closed', closedAt: '2022-07-10T18:00:00+08:00' };
export const NOT_OPEN: WindowState = { phase: 'not-open', opensAt: '2022-07-01T08:00:00+08:00' };
export const NOW = Date.parse('2022-07-06T10:00:00+08:00');
