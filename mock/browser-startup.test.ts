import { applyStartupQuery, loadGateway, MOCK_STORAGE_KEY, saveGateway } from './browser-startup';
import { createGateway } from './router';
import { signIn } from './test-support';

describe('browser worker start-up', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('carries sessions, used tickets and the clock across a reload', async () => {
    const before = createGateway();
    const { token } = await signIn(before);
    before.clock.set('2022-07-08T15:00:00+08:00');
    saveGateway(window.sessionStorage, before);
    const after = createGateway();
    expect(loadGateway(window.sessionStorage, after)).toBe(true);
    expect(after.state.sessions.get(token)?.parentId).toBe('p-all-verified');
    expect(after.state.usedTickets.size).toBe(1);
    expect(after.clock.now()).toBeGreaterThanOrEqual(Date.parse('2022-07-08T15:00:00+08:00'));
    expect(after.clock.now()).toBeLessThan(Date.parse('2022-07-08T15:01:00+08:00'));
  });

  it('forgets a broken saved state and starts fresh', () => {
    window.sessionStorage.setItem(MOCK_STORAGE_KEY, '{"version":1,"state":{}}');
    expect(loadGateway(window.sessionStorage, createGateway())).toBe(false);
    expect(window.sessionStorage.getItem(MOCK_STORAGE_KEY)).toBeNull();
  });

  it('reads mockFault and mockClock from the query string', () => {
    const gateway = createGateway();
    const applied = applyStartupQuery(
      gateway,
      '?mockFault=unavailable&mockClock=2022-06-01T09:00:00%2B08:00',
    );
    expect(applied).toEqual(['mockFault', 'mockClock']);
    expect(gateway.state.fault).toEqual({ mode: 'unavailable' });
    expect(gateway.clock.now()).toBeLessThan(Date.parse('2022-06-01T09:01:00+08:00'));
  });

  it('reads a JSON fault and ignores values it cannot read', () => {
    const gateway = createGateway();
    const json = encodeURIComponent('{"mode":"latency","latencyMs":3000}');
    expect(applyStartupQuery(gateway, `?mockFault=${json}`)).toEqual(['mockFault']);
    expect(gateway.state.fault).toEqual({ mode: 'latency', latencyMs: 3000 });
    expect(applyStartupQuery(gateway, '?mockFault=meteor&mockClock=later')).toEqual([]);
    expect(applyStartupQuery(gateway, '?mockFault={oops')).toEqual([]);
    expect(gateway.state.fault).toEqual({ mode: 'latency', latencyMs: 3000 });
  });
});
