import { createLightAppBridge, findLightAppJssdk, type LightAppJssdk } from './light-app-bridge';

type GetTicketOptions = Parameters<LightAppJssdk['user']['getTicket']>[0];

/** A fake `lightAppJssdk` whose getTicket answers as told, on a later tick like the real one. */
function fakeSdk(answer: (options: GetTicketOptions) => void) {
  const getTicket = jest.fn((options: GetTicketOptions) => {
    setTimeout(() => answer(options), 0);
  });
  const sdk: LightAppJssdk = { user: { getTicket } };
  return { sdk, getTicket };
}

describe('createLightAppBridge', () => {
  it('hands out the ticket the host gives', async () => {
    const { sdk } = fakeSdk((o) => o.success({ ticket: 'ishandong:p-1:abc' }));
    const bridge = createLightAppBridge('ishandong', 'app-1', sdk);
    await expect(bridge.requestTicket()).resolves.toEqual({
      ok: true,
      ticket: 'ishandong:p-1:abc',
    });
  });

  it('asks the host with this service’s app id', async () => {
    const { sdk, getTicket } = fakeSdk((o) => o.success({ ticket: 't' }));
    await createLightAppBridge('quancheng', 'quancheng-app', sdk).requestTicket();
    expect(getTicket).toHaveBeenCalledTimes(1);
    expect(getTicket.mock.calls[0]?.[0].appId).toBe('quancheng-app');
  });

  it('keeps the id of the host app it stands for', () => {
    const { sdk } = fakeSdk(() => undefined);
    expect(createLightAppBridge('ishandong', 'a', sdk).id).toBe('ishandong');
    expect(createLightAppBridge('quancheng', 'a', sdk).id).toBe('quancheng');
  });

  it.each([
    ['no result', undefined],
    ['a result without a ticket', { code: 0 }],
    ['an empty ticket', { ticket: '' }],
    ['a ticket that is not a string', { ticket: 12345 }],
  ])('treats a success with %s as unavailable', async (_label, result) => {
    const { sdk } = fakeSdk((o) => o.success(result));
    await expect(createLightAppBridge('ishandong', 'a', sdk).requestTicket()).resolves.toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  it.each([
    ['not logged in', 'not-logged-in'],
    ['用户未登录', 'not-logged-in'],
    ['login cancelled', 'cancelled'],
    ['用户取消', 'cancelled'],
    ['user refused authorisation', 'refused'],
    ['用户拒绝授权', 'refused'],
    [{ errMsg: 'auth deny' }, 'refused'],
    ['bridge exploded', 'unavailable'],
  ])('reads a failure %p as %s', async (error, reason) => {
    const { sdk } = fakeSdk((o) => o.fail(error));
    await expect(createLightAppBridge('ishandong', 'a', sdk).requestTicket()).resolves.toEqual({
      ok: false,
      reason,
    });
  });

  it('answers unavailable outside the host apps, where there is no SDK', async () => {
    const bridge = createLightAppBridge('ishandong', 'a', null);
    await expect(bridge.requestTicket()).resolves.toEqual({ ok: false, reason: 'unavailable' });
  });

  it('signs out of this service without touching the host', async () => {
    const { sdk, getTicket } = fakeSdk(() => undefined);
    await expect(createLightAppBridge('ishandong', 'a', sdk).signOut()).resolves.toBeUndefined();
    expect(getTicket).not.toHaveBeenCalled();
  });
});

describe('findLightAppJssdk', () => {
  it('finds the SDK the host injected', () => {
    const sdk = { user: { getTicket: () => undefined } };
    expect(findLightAppJssdk({ lightAppJssdk: sdk })).toBe(sdk);
  });

  it.each([
    ['no scope', undefined],
    ['a scope without the SDK', {}],
    ['an SDK without user', { lightAppJssdk: {} }],
    ['an SDK whose getTicket is not a function', { lightAppJssdk: { user: { getTicket: 'x' } } }],
    ['an SDK that is null', { lightAppJssdk: null }],
  ])('answers null for %s', (_label, scope) => {
    expect(findLightAppJssdk(scope)).toBeNull();
  });
});
