import { canEdit, getWindowState, type RegistrationWindow } from './window-state';

const WINDOW: RegistrationWindow = {
  opensAt: '2025-07-01T09:00:00+08:00',
  closesAt: '2025-07-10T17:00:00+08:00',
};
const OPENS_MS = Date.UTC(2025, 6, 1, 1);
const CLOSES_MS = Date.UTC(2025, 6, 10, 9);

describe('getWindowState', () => {
  it('is not open one millisecond before opensAt', () => {
    expect(getWindowState(WINDOW, OPENS_MS - 1)).toEqual({
      phase: 'not-open',
      opensAt: WINDOW.opensAt,
    });
  });

  it('is open at exactly opensAt', () => {
    expect(getWindowState(WINDOW, OPENS_MS)).toEqual({ phase: 'open', closesAt: WINDOW.closesAt });
  });

  it('is open one millisecond before closesAt', () => {
    expect(getWindowState(WINDOW, CLOSES_MS - 1)).toMatchObject({ phase: 'open' });
  });

  it('is closed at exactly closesAt', () => {
    expect(getWindowState(WINDOW, CLOSES_MS)).toEqual({
      phase: 'closed',
      closedAt: WINDOW.closesAt,
    });
  });

  it('accepts the server time as an ISO string in any offset', () => {
    expect(getWindowState(WINDOW, '2025-07-01T08:59:59+08:00').phase).toBe('not-open');
    expect(getWindowState(WINDOW, '2025-07-01T01:00:00Z').phase).toBe('open');
    expect(getWindowState(WINDOW, '2025-07-10T09:00:00.000Z').phase).toBe('closed');
  });

  it('throws on a malformed window or server time, which breaks the gateway contract', () => {
    expect(() => getWindowState({ ...WINDOW, opensAt: '2025-07-01 09:00' }, OPENS_MS)).toThrow(
      RangeError,
    );
    expect(() => getWindowState(WINDOW, '2025-07-01T09:00:00')).toThrow(RangeError);
    expect(() => getWindowState(WINDOW, Number.NaN)).toThrow(RangeError);
  });

  it('throws when closesAt is not after opensAt', () => {
    const empty = { opensAt: WINDOW.opensAt, closesAt: WINDOW.opensAt };
    expect(() => getWindowState(empty, OPENS_MS)).toThrow(RangeError);
  });
});

describe('canEdit', () => {
  it('allows editing only while the window is open', () => {
    expect(canEdit(getWindowState(WINDOW, OPENS_MS - 1))).toBe(false);
    expect(canEdit(getWindowState(WINDOW, OPENS_MS))).toBe(true);
    expect(canEdit(getWindowState(WINDOW, CLOSES_MS))).toBe(false);
  });
});
