import type { BridgeCallOptions } from './light-app-jssdk';
import { createLightAppBridge, LIGHT_APP_LIMITS, type LightAppJssdk } from './light-app-bridge';

type Answer = (options: BridgeCallOptions & { appId?: string }) => void;

/** A fake `lightAppJssdk` whose calls answer as told, on a later tick like the real one. */
function fakeSdk(getTicketAnswer: Answer, loginappAnswer?: Answer) {
  const later = (answer: Answer) =>
    jest.fn((options: BridgeCallOptions & { appId?: string }) => {
      setTimeout(() => answer(options), 0);
    });
  const getTicket = later(getTicketAnswer);
  const loginapp = loginappAnswer ? later(loginappAnswer) : undefined;
  const sdk: LightAppJssdk = { user: loginapp ? { getTicket, loginapp } : { getTicket } };
  return { sdk, getTicket, loginapp };
}

const found = (sdk: LightAppJssdk | null) => () => Promise.resolve(sdk);

function bridgeOver(sdk: LightAppJssdk | null) {
  return createLightAppBridge('ishandong', 'app-1', found(sdk));
}

const ENVELOPE = JSON.stringify({
  retcode: '000000',
  data: JSON.stringify({ ticket: 'ishandong:p-1:abc', usertype: '1' }),
});

afterEach(() => jest.useRealTimers());

describe('createLightAppBridge', () => {
  it('hands out the ticket of the retcode envelope the host answers', async () => {
    const { sdk } = fakeSdk((o) => o.success(ENVELOPE));
    await expect(bridgeOver(sdk).requestTicket()).resolves.toEqual({
      ok: true,
      ticket: 'ishandong:p-1:abc',
    });
  });

  it('asks the host with this service’s app id', async () => {
    const { sdk, getTicket } = fakeSdk((o) => o.success({ ticket: 't' }));
    await createLightAppBridge('quancheng', 'quancheng-app', found(sdk)).requestTicket();
    expect(getTicket).toHaveBeenCalledTimes(1);
    expect(getTicket.mock.calls[0]?.[0].appId).toBe('quancheng-app');
  });

  it('keeps the id of the host app it stands for', () => {
    expect(createLightAppBridge('ishandong', 'a', found(null)).id).toBe('ishandong');
    expect(createLightAppBridge('quancheng', 'a', found(null)).id).toBe('quancheng');
  });

  it('opens the host’s login after 未登录 and goes on with the ticket it answers', async () => {
    const { sdk, getTicket, loginapp } = fakeSdk(
      (o) => o.success('未登录'),
      (o) => o.success('{"type":"1","ticket":"ishandong:p-1:after-login"}'),
    );
    await expect(bridgeOver(sdk).requestTicket()).resolves.toEqual({
      ok: true,
      ticket: 'ishandong:p-1:after-login',
    });
    expect(getTicket).toHaveBeenCalledTimes(1);
    expect(loginapp).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['取消登录', 'cancelled'],
    ['用户拒绝授权', 'refused'],
    ['未登录', 'not-logged-in'],
  ] as const)('reads a login that answers %s as %s', async (answer, reason) => {
    const { sdk } = fakeSdk(
      (o) => o.success('未登录'),
      (o) => o.success(answer),
    );
    await expect(bridgeOver(sdk).requestTicket()).resolves.toEqual({ ok: false, reason });
  });

  it('reads a login that fails with 取消登录 as cancelled', async () => {
    const { sdk } = fakeSdk(
      (o) => o.fail('未登录'),
      (o) => o.fail('取消登录'),
    );
    await expect(bridgeOver(sdk).requestTicket()).resolves.toEqual({
      ok: false,
      reason: 'cancelled',
    });
  });

  it('stays not-logged-in when the host has no login call', async () => {
    const { sdk } = fakeSdk((o) => o.success('未登录'));
    await expect(bridgeOver(sdk).requestTicket()).resolves.toEqual({
      ok: false,
      reason: 'not-logged-in',
    });
  });

  it('does not open the login for other failures', async () => {
    const { sdk, loginapp } = fakeSdk(
      (o) => o.success('用户拒绝授权'),
      (o) => o.success({ ticket: 'never' }),
    );
    await expect(bridgeOver(sdk).requestTicket()).resolves.toEqual({
      ok: false,
      reason: 'refused',
    });
    expect(loginapp).not.toHaveBeenCalled();
  });

  it('tells a legal-person account apart', async () => {
    const { sdk } = fakeSdk((o) =>
      o.success(JSON.stringify({ retcode: '000000', data: '{"ticket":"t","usertype":"2"}' })),
    );
    await expect(bridgeOver(sdk).requestTicket()).resolves.toEqual({
      ok: false,
      reason: 'legal-person',
    });
  });

  it('answers not-answering for a bridge that throws', async () => {
    const sdk: LightAppJssdk = {
      user: {
        getTicket: () => {
          throw new TypeError('Cannot read properties of undefined');
        },
      },
    };
    await expect(bridgeOver(sdk).requestTicket()).resolves.toEqual({
      ok: false,
      reason: 'not-answering',
    });
  });

  it('answers once for a bridge that calls back twice', async () => {
    const { sdk } = fakeSdk((o) => {
      o.success({ ticket: 'first' });
      o.success({ ticket: 'second' });
    });
    await expect(bridgeOver(sdk).requestTicket()).resolves.toEqual({ ok: true, ticket: 'first' });
  });

  it('gives up on a bridge that never answers', async () => {
    jest.useFakeTimers();
    const sdk: LightAppJssdk = { user: { getTicket: () => undefined } };
    const pending = bridgeOver(sdk).requestTicket();
    await jest.advanceTimersByTimeAsync(LIGHT_APP_LIMITS.getTicket);
    await expect(pending).resolves.toEqual({ ok: false, reason: 'not-answering' });
  });

  it('gives up on a login page that never answers, after its own longer limit', async () => {
    jest.useFakeTimers();
    const sdk: LightAppJssdk = {
      user: { getTicket: (o) => o.success('未登录'), loginapp: () => undefined },
    };
    let settled = false;
    const pending = bridgeOver(sdk)
      .requestTicket()
      .finally(() => (settled = true));
    await jest.advanceTimersByTimeAsync(LIGHT_APP_LIMITS.getTicket);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(LIGHT_APP_LIMITS.loginapp);
    await expect(pending).resolves.toEqual({ ok: false, reason: 'not-answering' });
  });

  it.each([
    ['not logged in', 'not-logged-in'],
    ['login cancelled', 'cancelled'],
    [{ errMsg: 'auth deny' }, 'refused'],
    [{ code: 500 }, 'unavailable'],
    ['bridge exploded', 'unavailable'],
  ])('reads a failure %p as %s', async (error, reason) => {
    const { sdk } = fakeSdk((o) => o.fail(error));
    await expect(bridgeOver(sdk).requestTicket()).resolves.toEqual({ ok: false, reason });
  });

  it('answers unavailable when no bridge appeared', async () => {
    await expect(bridgeOver(null).requestTicket()).resolves.toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  it('looks for the bridge again on every attempt, so a retry finds one that came late', async () => {
    const { sdk } = fakeSdk((o) => o.success({ ticket: 'late-ticket' }));
    const locate = jest
      .fn<Promise<LightAppJssdk | null>, []>()
      .mockResolvedValueOnce(null)
      .mockResolvedValueOnce(sdk);
    const bridge = createLightAppBridge('ishandong', 'a', locate);
    await expect(bridge.requestTicket()).resolves.toEqual({ ok: false, reason: 'unavailable' });
    await expect(bridge.requestTicket()).resolves.toEqual({ ok: true, ticket: 'late-ticket' });
    expect(locate).toHaveBeenCalledTimes(2);
  });

  it('signs out of this service without touching the host', async () => {
    const { sdk, getTicket } = fakeSdk(() => undefined);
    await expect(bridgeOver(sdk).signOut()).resolves.toBeUndefined();
    expect(getTicket).not.toHaveBeenCalled();
  });
});
