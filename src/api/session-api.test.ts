import { SESSION_HEADER } from '@contract';
import { configureGateway } from './gateway-client';
import { GatewayError } from './gateway-error';
import type { RawRequest, RawResponse } from './http-send';
import { endSession, exchangeTicket } from './session-api';

const BASE_URL = 'http://gateway.test/gateway';
const SERVER_TIME = '2022-07-05T10:00:00.000+08:00';
const PROFILE = {
  parentId: 'p-all-verified',
  name: '李明轩',
  idNumber: '370102198603140132',
  mobile: '13900000001',
};

function answering(data: unknown) {
  const requests: RawRequest[] = [];
  const send = jest.fn((request: RawRequest): Promise<RawResponse> => {
    requests.push(request);
    return Promise.resolve({
      status: 200,
      headers: {},
      body: { ok: true, data, serverTime: SERVER_TIME },
    });
  });
  configureGateway({
    baseUrl: BASE_URL,
    send,
    session: { getToken: () => 'live-token', renew: () => Promise.resolve(true) },
  });
  return requests;
}

describe('exchangeTicket', () => {
  it('posts the host and ticket to /session without a session token', async () => {
    const requests = answering({
      token: 't',
      expiresAt: SERVER_TIME,
      profile: PROFILE,
      storageKey: 'k',
    });
    await exchangeTicket('ishandong', 'ticket-1');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: `${BASE_URL}/session`,
      body: { host: 'ishandong', ticket: 'ticket-1' },
    });
    expect(requests[0]?.headers).not.toHaveProperty(SESSION_HEADER);
  });

  it('answers the token, expiry and profile, and nothing else the gateway sent', async () => {
    answering({
      token: 't',
      expiresAt: SERVER_TIME,
      profile: { ...PROFILE, extra: 1 },
      storageKey: 'k',
      more: 2,
    });
    await expect(exchangeTicket('dev', 'dev:p-all-verified:n1')).resolves.toEqual({
      token: 't',
      expiresAt: SERVER_TIME,
      profile: PROFILE,
      storageKey: 'k',
    });
  });

  it.each([
    ['a grant without a profile', { token: 't', expiresAt: SERVER_TIME, storageKey: 'k' }],
    [
      'a profile without an ID number',
      {
        token: 't',
        expiresAt: SERVER_TIME,
        profile: { ...PROFILE, idNumber: undefined },
        storageKey: 'k',
      },
    ],
    ['a grant without a token', { expiresAt: SERVER_TIME, profile: PROFILE, storageKey: 'k' }],
    ['a grant without a storage key', { token: 't', expiresAt: SERVER_TIME, profile: PROFILE }],
  ])('rejects %s as BAD_RESPONSE', async (_label, data) => {
    answering(data);
    const error = await exchangeTicket('dev', 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('BAD_RESPONSE');
  });
});

describe('endSession', () => {
  it('deletes the session, presenting the current token', async () => {
    const requests = answering({ signedOut: true });
    await expect(endSession()).resolves.toEqual({ signedOut: true });
    expect(requests[0]).toMatchObject({ method: 'DELETE', url: `${BASE_URL}/session` });
    expect(requests[0]?.headers[SESSION_HEADER]).toBe('live-token');
  });
});
