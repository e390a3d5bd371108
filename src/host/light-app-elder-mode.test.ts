import { createLightAppBridge, readElderModeAnswer, type LightAppJssdk } from './light-app-bridge';

type SettingsOptions = Parameters<
  NonNullable<NonNullable<LightAppJssdk['device']>['getAccessibilitySettings']>
>[0];

/** A host whose (assumed) accessibility call answers as told, on a later tick. */
function hostAnswering(answer: ((options: SettingsOptions) => void) | 'no-api') {
  const sdk: LightAppJssdk = { user: { getTicket: jest.fn() } };
  if (answer !== 'no-api') {
    sdk.device = { getAccessibilitySettings: (options) => setTimeout(() => answer(options), 0) };
  }
  return createLightAppBridge('ishandong', 'app-1', () => Promise.resolve(sdk));
}

describe('the host app’s elder-friendly setting (assumed bridge call)', () => {
  it('follows the host when it reports elder mode on or off', async () => {
    await expect(
      hostAnswering((o) => o.success({ elderMode: true })).readElderMode?.(),
    ).resolves.toBe(true);
    await expect(
      hostAnswering((o) => o.success({ elderMode: false })).readElderMode?.(),
    ).resolves.toBe(false);
  });

  it('ignores answers of the wrong shape, failures and hosts without the call', async () => {
    await expect(
      hostAnswering((o) => o.success({ elderMode: 'yes' })).readElderMode?.(),
    ).resolves.toBeNull();
    await expect(hostAnswering((o) => o.success(null)).readElderMode?.()).resolves.toBeNull();
    await expect(
      hostAnswering((o) => o.fail('not supported')).readElderMode?.(),
    ).resolves.toBeNull();
    await expect(hostAnswering('no-api').readElderMode?.()).resolves.toBeNull();
    await expect(
      createLightAppBridge('quancheng', 'a', () => Promise.resolve(null)).readElderMode?.(),
    ).resolves.toBeNull();
  });

  it('gives up on a host that never answers', async () => {
    jest.useFakeTimers();
    const pending = hostAnswering(() => undefined).readElderMode?.();
    await jest.advanceTimersByTimeAsync(3_000);
    await expect(pending).resolves.toBeNull();
    jest.useRealTimers();
  });

  it('reads only a boolean elderMode', () => {
    expect(
      [{ elderMode: true }, { elderMode: 1 }, 'on', undefined].map(readElderModeAnswer),
    ).toEqual([true, null, null, null]);
  });
});
