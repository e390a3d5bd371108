import type { Appointment } from '@contract';
import { allowedActions } from './allowed-actions';
import { nextAction } from './next-action';
import { CLOSED, NOT_OPEN, NOW, OPEN, summary } from './test-support';
import { statusTimeline } from './timeline';

const AT = (day: number) => `2022-07-0${day}T10:00:00.000+08:00`;
const appointment: Appointment = {
  slotId: 's',
  pointId: 'pt',
  pointName: '历下区登记点',
  pointAddress: '地址',
  date: '2022-07-07',
  period: '09:00-11:30',
  bookedAt: AT(6),
};
const returned = summary({
  status: 'returned',
  history: [
    { status: 'submitted', at: AT(5) },
    { status: 'system-check', at: AT(5) },
    { status: 'in-review', at: AT(6) },
    { status: 'returned', at: AT(7) },
  ],
  correction: { reason: '照片不清晰', deadline: '2022-07-08T18:00:00+08:00', section: null },
});

describe('statusTimeline', () => {
  it('shows a fresh registration as submitted with the rest ahead', () => {
    const steps = statusTimeline(summary());
    expect(steps.map((s) => [s.id, s.state, s.at])).toEqual([
      ['submitted', 'current', AT(5)],
      ['system-check', 'upcoming', null],
      ['in-review', 'upcoming', null],
      ['result', 'upcoming', null],
    ]);
  });

  it('dates every step of a returned registration and names the result', () => {
    const steps = statusTimeline(returned);
    expect(steps.every((s) => s.state === 'done')).toBe(true);
    expect(steps.map((s) => s.at)).toEqual([AT(5), AT(5), AT(6), AT(7)]);
    expect(steps[3]?.outcome).toBe('returned');
  });

  it('marks review as the current step while the school reviews', () => {
    const steps = statusTimeline(
      summary({ status: 'in-review', history: [{ status: 'in-review', at: AT(6) }] }),
    );
    expect(steps[2]).toEqual({ id: 'in-review', state: 'current', at: AT(6), outcome: null });
    expect(steps[3]?.state).toBe('upcoming');
  });
});

describe('allowedActions (FAQ 8)', () => {
  it('allows delete while open, and nothing after close, saying why', () => {
    expect(allowedActions(summary(), OPEN, NOW)).toMatchObject({ delete: true, blocked: null });
    expect(allowedActions(summary(), CLOSED, NOW)).toMatchObject({
      delete: false,
      resubmit: false,
      blocked: 'window-closed',
    });
    expect(allowedActions(summary(), NOT_OPEN, NOW).blocked).toBe('window-not-open');
  });

  it('allows resubmission only for a returned registration before its deadline', () => {
    expect(allowedActions(returned, OPEN, NOW).resubmit).toBe(true);
    const late = Date.parse('2022-07-08T18:00:00+08:00');
    expect(allowedActions(returned, OPEN, late).resubmit).toBe(false);
    expect(allowedActions(summary({ status: 'in-review' }), OPEN, NOW).resubmit).toBe(false);
  });

  it('offers booking, then reschedule and cancel, to migrant families only', () => {
    const migrant = summary({ needsOnSiteAppointment: true, category: 'migrant-worker' });
    expect(allowedActions(migrant, OPEN, NOW)).toMatchObject({ book: true, reschedule: false });
    expect(allowedActions({ ...migrant, appointment }, OPEN, NOW)).toMatchObject({
      book: false,
      reschedule: true,
      cancel: true,
    });
    expect(allowedActions({ ...migrant, appointment }, CLOSED, NOW).cancel).toBe(false);
    expect(allowedActions(summary(), OPEN, NOW).book).toBe(false);
  });
});

describe('nextAction', () => {
  const migrant = summary({ needsOnSiteAppointment: true, category: 'migrant-worker' });

  it('puts a correction first, and says when its time is over', () => {
    expect(nextAction(returned, OPEN, NOW)).toBe('fix-and-resubmit');
    expect(nextAction(returned, CLOSED, NOW)).toBe('correction-expired');
  });

  it('reminds migrant families to book, then to attend', () => {
    expect(nextAction(migrant, OPEN, NOW)).toBe('book-appointment');
    expect(nextAction({ ...migrant, appointment }, OPEN, NOW)).toBe('attend-appointment');
  });

  it('waits for review, for the school telephone after a pass, or views only after close', () => {
    expect(nextAction(summary(), OPEN, NOW)).toBe('wait-for-review');
    expect(nextAction(summary({ status: 'passed' }), OPEN, NOW)).toBe('wait-for-call');
    expect(nextAction(summary({ status: 'not-passed' }), OPEN, NOW)).toBe('not-passed');
    expect(nextAction(summary(), CLOSED, NOW)).toBe('view-only');
  });
});
