import { SEASON_2022 } from '../seed/season';
import { createGatewayState } from './state';

describe('gateway state', () => {
  function populated() {
    const state = createGatewayState();
    state.sessions.set('t-1', { parentId: 'p-all-verified', expiresAt: 1_000 });
    state.usedTickets.add('dev:p-all-verified:1');
    state.windows.enrollment.closesAt = '2022-07-02T18:00:00+08:00';
    state.fault = { mode: 'latency', latencyMs: 50, times: 3 };
    return state;
  }

  it('starts empty, with the season windows and no fault', () => {
    const state = createGatewayState();
    expect(state.sessions.size).toBe(0);
    expect(state.usedTickets.size).toBe(0);
    expect(state.windows).toEqual(SEASON_2022.windows);
    expect(state.fault).toBeNull();
  });

  it('snapshots to plain JSON and restores the same state elsewhere', () => {
    const snapshot = populated().snapshot();
    const copy = JSON.parse(JSON.stringify(snapshot)) as unknown;
    expect(copy).toEqual(snapshot);
    const other = createGatewayState();
    other.restore(copy);
    expect(other.sessions.get('t-1')).toEqual({ parentId: 'p-all-verified', expiresAt: 1_000 });
    expect(other.usedTickets.has('dev:p-all-verified:1')).toBe(true);
    expect(other.windows.enrollment.closesAt).toBe('2022-07-02T18:00:00+08:00');
    expect(other.fault).toEqual({ mode: 'latency', latencyMs: 50, times: 3 });
  });

  it('does not share objects between a snapshot and the live state', () => {
    const state = populated();
    const snapshot = state.snapshot();
    snapshot.windows.transfer.opensAt = 'changed';
    expect(state.windows.transfer.opensAt).toBe(SEASON_2022.windows.transfer.opensAt);
  });

  it('refuses a snapshot of the wrong shape and keeps its state', () => {
    const state = populated();
    expect(() => state.restore({ version: 2 })).toThrow(TypeError);
    expect(() => state.restore({ ...state.snapshot(), fault: { mode: 'explode' } })).toThrow(
      TypeError,
    );
    expect(state.sessions.size).toBe(1);
  });

  it('resets to a fresh state without touching the season seed', () => {
    const state = populated();
    state.reset();
    expect(state.sessions.size).toBe(0);
    expect(state.fault).toBeNull();
    expect(state.windows).toEqual(SEASON_2022.windows);
    expect(SEASON_2022.windows.enrollment.closesAt).toBe('2022-07-10T18:00:00+08:00');
  });
});
