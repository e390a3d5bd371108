import { createGatewayState } from './state';
import { createEnrollmentState, findJob, isEnrollmentState } from './enrollment-state';

function withJob() {
  const state = createGatewayState();
  state.enrollment.verifications['v-1'] = {
    id: 'v-1',
    parentId: 'p-all-verified',
    childIdNumber: '370102201510180033',
    sources: ['household'],
    startedAt: 1_000,
    stalls: false,
  };
  state.enrollment.nextReference = 4;
  return state;
}

describe('the enrollment part of the gateway state', () => {
  it('starts empty and numbers references from 1', () => {
    expect(createGatewayState().enrollment).toEqual(createEnrollmentState());
    expect(createEnrollmentState().nextReference).toBe(1);
  });

  it('travels in the snapshot as a copy the live state does not share', () => {
    const state = withJob();
    const snapshot = state.snapshot();
    expect(snapshot.enrollment.nextReference).toBe(4);
    snapshot.enrollment.nextReference = 99;
    expect(state.enrollment.nextReference).toBe(4);
    const other = createGatewayState();
    other.restore(JSON.parse(JSON.stringify(state.snapshot())));
    expect(findJob(other.enrollment, 'v-1')?.startedAt).toBe(1_000);
  });

  it('makes a snapshot with a broken enrollment part unusable, keeping the state', () => {
    const state = withJob();
    const broken = {
      ...state.snapshot(),
      enrollment: { ...createEnrollmentState(), nextReference: 0 },
    };
    expect(() => state.restore(broken)).toThrow(TypeError);
    const old: Record<string, unknown> = { ...state.snapshot() };
    delete old.enrollment;
    expect(() => state.restore(old)).toThrow(TypeError);
    expect(state.enrollment.nextReference).toBe(4);
  });

  it('refuses jobs and ledger entries of the wrong shape', () => {
    const base = createEnrollmentState();
    expect(isEnrollmentState(base)).toBe(true);
    expect(isEnrollmentState({ ...base, verifications: { x: { id: 'x' } } })).toBe(false);
    expect(isEnrollmentState({ ...base, idempotency: { k: { fingerprint: 1 } } })).toBe(false);
    expect(isEnrollmentState({ ...base, registrations: [{ parentId: 'p' }] })).toBe(false);
  });

  it('finds jobs by their own ids only', () => {
    const state = withJob();
    expect(findJob(state.enrollment, 'v-1')?.id).toBe('v-1');
    expect(findJob(state.enrollment, 'toString')).toBeUndefined();
  });
});
