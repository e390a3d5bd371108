import Taro from '@tarojs/taro';
import { createWeappBridge } from './weapp-bridge';

type LoginResult = Awaited<ReturnType<typeof Taro.login>>;

function loginAnswers(code: string): LoginResult {
  return { code, errMsg: 'login:ok' };
}

describe('createWeappBridge', () => {
  afterEach(() => jest.restoreAllMocks());

  it('hands out the login code as the ticket', async () => {
    await expect(createWeappBridge().requestTicket()).resolves.toEqual({
      ok: true,
      ticket: 'weapp-code',
    });
  });

  it('asks Taro.login for a fresh code on every request', async () => {
    const login = jest
      .spyOn(Taro, 'login')
      .mockResolvedValueOnce(loginAnswers('code-1'))
      .mockResolvedValueOnce(loginAnswers('code-2'));
    const bridge = createWeappBridge();
    await expect(bridge.requestTicket()).resolves.toEqual({ ok: true, ticket: 'code-1' });
    await expect(bridge.requestTicket()).resolves.toEqual({ ok: true, ticket: 'code-2' });
    expect(login).toHaveBeenCalledTimes(2);
  });

  it('stands for the weapp channel at the gateway', () => {
    expect(createWeappBridge().id).toBe('weapp');
  });

  it('treats a login without a code as unavailable', async () => {
    jest.spyOn(Taro, 'login').mockResolvedValueOnce(loginAnswers(''));
    await expect(createWeappBridge().requestTicket()).resolves.toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  it.each([
    [{ errMsg: 'login:fail auth deny' }, 'refused'],
    [{ errMsg: 'login:fail cancel' }, 'cancelled'],
    [{ errMsg: 'login:fail' }, 'unavailable'],
  ])('reads a failed login %p as %s', async (failure, reason) => {
    jest.spyOn(Taro, 'login').mockRejectedValueOnce(failure);
    await expect(createWeappBridge().requestTicket()).resolves.toEqual({ ok: false, reason });
  });

  it('signs out without asking Taro for anything', async () => {
    const login = jest.spyOn(Taro, 'login');
    await expect(createWeappBridge().signOut()).resolves.toBeUndefined();
    expect(login).not.toHaveBeenCalled();
  });
});
