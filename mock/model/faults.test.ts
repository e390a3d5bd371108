import { consumeFault, faultApplies, parseFault } from './faults';

describe('fault parsing', () => {
  it('treats null, undefined and mode none as no fault', () => {
    expect(parseFault(null)).toEqual({ ok: true, fault: null });
    expect(parseFault(undefined)).toEqual({ ok: true, fault: null });
    expect(parseFault({ mode: 'none' })).toEqual({ ok: true, fault: null });
  });

  it('keeps the options of a valid fault', () => {
    const raw = { mode: 'unavailable', retryAfterSeconds: 30, times: 2, pathPrefix: '/config' };
    expect(parseFault(raw)).toEqual({ ok: true, fault: raw });
  });

  it('names the field that is wrong', () => {
    expect(parseFault({ mode: 'explode' })).toEqual({ ok: false, field: 'fault.mode' });
    expect(parseFault({ mode: 'latency', latencyMs: -1 })).toEqual({
      ok: false,
      field: 'fault.latencyMs',
    });
    expect(parseFault({ mode: 'hang', times: 1.5 })).toEqual({ ok: false, field: 'fault.times' });
    expect(parseFault({ mode: 'hang', pathPrefix: 3 })).toEqual({
      ok: false,
      field: 'fault.pathPrefix',
    });
    expect(parseFault('hang')).toEqual({ ok: false, field: 'fault' });
  });
});

describe('which requests a fault hits', () => {
  it('hits every ordinary request without a pathPrefix, and only matching ones with it', () => {
    expect(faultApplies({ mode: 'hang' }, '/config', false)).toBe(true);
    expect(faultApplies({ mode: 'hang', pathPrefix: '/notices' }, '/notices/n-1', false)).toBe(
      true,
    );
    expect(faultApplies({ mode: 'hang', pathPrefix: '/notices' }, '/config', false)).toBe(false);
  });

  it('spares exempt requests unless the pathPrefix names them', () => {
    expect(faultApplies({ mode: 'hang' }, '/__mock/reset', true)).toBe(false);
    expect(faultApplies({ mode: 'hang', pathPrefix: '/' }, '/session', true)).toBe(false);
    expect(faultApplies({ mode: 'hang', pathPrefix: '/session' }, '/session', true)).toBe(true);
  });

  it('counts down a limited fault and drops it when used up', () => {
    const twice = consumeFault({ mode: 'server-error', times: 2 });
    expect(twice).toEqual({ mode: 'server-error', times: 1 });
    expect(twice && consumeFault(twice)).toBeNull();
    const always = { mode: 'server-error' as const };
    expect(consumeFault(always)).toBe(always);
  });
});
