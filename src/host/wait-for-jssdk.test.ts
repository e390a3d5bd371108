import { findLightAppJssdk, waitForLightAppJssdk } from './wait-for-jssdk';

const WAIT = { timeoutMs: 5_000, intervalMs: 100 };
const sdk = { user: { getTicket: () => undefined } };

afterEach(() => jest.useRealTimers());

describe('findLightAppJssdk', () => {
  it('finds the SDK the host injected', () => {
    expect(findLightAppJssdk({ lightAppJssdk: sdk })).toBe(sdk);
  });

  it.each([
    ['no scope', undefined],
    ['a scope without the SDK', {}],
    ['an SDK without user', { lightAppJssdk: {} }],
    ['an SDK whose getTicket is not a function', { lightAppJssdk: { user: { getTicket: 'x' } } }],
    ['an SDK that is null', { lightAppJssdk: null }],
    ['an SDK that is a string', { lightAppJssdk: 'lightAppJssdk' }],
  ])('answers null for %s', (_label, scope) => {
    expect(findLightAppJssdk(scope)).toBeNull();
  });
});

describe('waitForLightAppJssdk', () => {
  it('answers at once when the bridge is already there', async () => {
    await expect(waitForLightAppJssdk(() => ({ lightAppJssdk: sdk }), WAIT)).resolves.toBe(sdk);
  });

  it('finds a bridge injected 500 ms after the page started', async () => {
    jest.useFakeTimers();
    const scope: { lightAppJssdk?: unknown } = {};
    setTimeout(() => (scope.lightAppJssdk = sdk), 500);
    const pending = waitForLightAppJssdk(() => scope, WAIT);
    await jest.advanceTimersByTimeAsync(600);
    await expect(pending).resolves.toBe(sdk);
  });

  it('gives up after the time limit when no bridge appears', async () => {
    jest.useFakeTimers();
    let settled = false;
    const pending = waitForLightAppJssdk(() => ({}), WAIT).finally(() => (settled = true));
    await jest.advanceTimersByTimeAsync(WAIT.timeoutMs - 200);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(300);
    await expect(pending).resolves.toBeNull();
  });

  it('ignores a half-injected bridge until its getTicket is there', async () => {
    jest.useFakeTimers();
    const scope: { lightAppJssdk?: unknown } = { lightAppJssdk: { user: {} } };
    setTimeout(() => (scope.lightAppJssdk = sdk), 300);
    const pending = waitForLightAppJssdk(() => scope, WAIT);
    await jest.advanceTimersByTimeAsync(400);
    await expect(pending).resolves.toBe(sdk);
  });
});
