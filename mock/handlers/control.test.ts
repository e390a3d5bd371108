import { createGateway } from '../router';
import { asResponse, call, dataOf, errorCodeOf, signIn } from '../test-support';

describe('control endpoints', () => {
  it('resets sessions, used tickets, windows, fault and clock', async () => {
    const gateway = createGateway();
    await signIn(gateway);
    gateway.state.fault = { mode: 'server-error' };
    gateway.state.windows.transfer.closesAt = '2022-07-02T18:00:00+08:00';
    gateway.clock.set('2022-08-01T00:00:00+08:00');
    expect(dataOf(await call(gateway, 'POST', '/__mock/reset'))).toEqual({ reset: true });
    expect(gateway.state.sessions.size).toBe(0);
    expect(gateway.state.usedTickets.size).toBe(0);
    expect(gateway.state.fault).toBeNull();
    expect(gateway.state.windows.transfer.closesAt).toBe('2022-07-20T18:00:00+08:00');
    expect(gateway.clock.now()).toBeLessThan(Date.parse('2022-07-05T10:01:00+08:00'));
  });

  it('sets the clock from an ISO string and resets it with null', async () => {
    const gateway = createGateway();
    const set = dataOf<{ now: string }>(
      await call(gateway, 'POST', '/__mock/clock', { body: { now: '2022-06-01T09:00:00+08:00' } }),
    );
    expect(set.now).toMatch(/^2022-06-01T09:00:0\d/);
    await call(gateway, 'POST', '/__mock/clock', { body: { now: null } });
    expect(gateway.clock.now()).toBeLessThan(Date.parse('2022-07-05T10:01:00+08:00'));
    expect(gateway.clock.now()).toBeGreaterThanOrEqual(Date.parse('2022-07-05T10:00:00+08:00'));
  });

  it('refuses a clock value it cannot read', async () => {
    const reply = await call(createGateway(), 'POST', '/__mock/clock', { body: { now: 'soon' } });
    expect(asResponse(reply).status).toBe(422);
    expect(errorCodeOf(reply)).toBe('VALIDATION_FAILED');
  });

  it('sets and clears a fault, wrapped or bare', async () => {
    const gateway = createGateway();
    const fault = { mode: 'unavailable', retryAfterSeconds: 5 };
    expect(dataOf(await call(gateway, 'POST', '/__mock/faults', { body: { fault } }))).toEqual({
      fault,
    });
    expect(gateway.state.fault).toEqual(fault);
    await call(gateway, 'POST', '/__mock/faults', { body: { fault: null } });
    expect(gateway.state.fault).toBeNull();
    await call(gateway, 'POST', '/__mock/faults', { body: { mode: 'hang', times: 1 } });
    expect(gateway.state.fault).toEqual({ mode: 'hang', times: 1 });
  });

  it('ends a fault set for a number of seconds when the gateway clock passes them', async () => {
    const gateway = createGateway();
    const storm = { mode: 'rate-limited', retryAfterSeconds: 15, forSeconds: 60 };
    await call(gateway, 'POST', '/__mock/faults', { body: storm });
    expect(asResponse(await call(gateway, 'GET', '/faq')).status).toBe(429);
    gateway.clock.set(gateway.clock.now() + 59_000);
    expect(asResponse(await call(gateway, 'GET', '/faq')).status).toBe(429);
    gateway.clock.set(gateway.clock.now() + 1_000);
    // Past the storm the request reaches its handler, which wants a session.
    expect(asResponse(await call(gateway, 'GET', '/faq')).status).toBe(401);
    expect(gateway.state.fault).toBeNull();
  });

  it('refuses an unknown fault mode and keeps the current fault', async () => {
    const gateway = createGateway();
    gateway.state.fault = { mode: 'latency', latencyMs: 1 };
    const reply = asResponse(
      await call(gateway, 'POST', '/__mock/faults', { body: { fault: { mode: 'meteor' } } }),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.ok ? null : reply.body.error.fields).toEqual([
      { field: 'fault.mode', code: 'invalid' },
    ]);
    expect(gateway.state.fault).toEqual({ mode: 'latency', latencyMs: 1 });
  });

  it('expires every live session at once', async () => {
    const gateway = createGateway();
    const first = await signIn(gateway);
    const second = await signIn(gateway, 'p-migrant-worker');
    expect(dataOf(await call(gateway, 'POST', '/__mock/sessions/expire'))).toEqual({ expired: 2 });
    for (const { token } of [first, second]) {
      expect(errorCodeOf(await call(gateway, 'GET', '/faq', { token }))).toBe('SESSION_EXPIRED');
    }
  });

  it('lists the seeded parents for the developer picker without personal data', async () => {
    const parents = dataOf<Array<Record<string, string>>>(
      await call(createGateway(), 'GET', '/__mock/parents'),
    );
    expect(parents.length).toBeGreaterThanOrEqual(6);
    expect(parents).toContainEqual({ parentId: 'p-all-verified', label: expect.any(String) });
    for (const parent of parents) expect(Object.keys(parent).sort()).toEqual(['label', 'parentId']);
  });

  it('summarises the state without tokens or personal data', async () => {
    const gateway = createGateway();
    const { token, profile } = await signIn(gateway);
    const reply = await call(gateway, 'GET', '/__mock/state');
    const summary = dataOf<Record<string, unknown>>(reply);
    expect(summary).toMatchObject({
      sessions: [{ parentId: 'p-all-verified', live: true }],
      usedTicketCount: 1,
      fault: null,
    });
    const text = JSON.stringify(summary);
    for (const secret of [token, profile.idNumber, profile.mobile, profile.name]) {
      expect(text).not.toContain(secret);
    }
  });
});
