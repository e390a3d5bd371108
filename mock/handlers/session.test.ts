import type { SessionGrant } from '../../types';
import { createGateway } from '../router';
import { asResponse, call, dataOf, errorCodeOf, signIn, ticketFor } from '../test-support';

describe('POST /session', () => {
  it('exchanges a dev ticket for a 30-minute session and the parent profile', async () => {
    const gateway = createGateway();
    const reply = await call(gateway, 'POST', '/session', {
      body: { host: 'dev', ticket: 'dev:p-all-verified:abc' },
    });
    const grant = dataOf<SessionGrant>(reply);
    expect(asResponse(reply).status).toBe(200);
    expect(grant.token).toMatch(/\S{16,}/);
    const lifetime = Date.parse(grant.expiresAt) - Date.parse('2022-07-05T10:00:00+08:00');
    expect(grant.expiresAt).toMatch(/^2022-07-05T10:30:0\d\.\d{3}\+08:00$/);
    expect(lifetime).toBeGreaterThanOrEqual(30 * 60 * 1000);
    expect(lifetime).toBeLessThan(30 * 60 * 1000 + 1000);
    expect(grant.profile).toEqual({
      parentId: 'p-all-verified',
      name: expect.any(String),
      idNumber: expect.stringMatching(/^3701\d{13}[\dX]$/),
      mobile: expect.stringMatching(/^139/),
    });
    expect(grant.profile).not.toHaveProperty('label');
  });

  it.each(['ishandong', 'quancheng', 'weapp'] as const)(
    'accepts tickets from the %s host',
    async (host) => {
      const grant = await signIn(createGateway(), 'p-transfer-family', host);
      expect(grant.profile.parentId).toBe('p-transfer-family');
    },
  );

  it('accepts a ticket once only', async () => {
    const gateway = createGateway();
    const body = { host: 'dev', ticket: ticketFor('p-all-verified') };
    expect(errorCodeOf(await call(gateway, 'POST', '/session', { body }))).toBeUndefined();
    const second = await call(gateway, 'POST', '/session', { body });
    expect(asResponse(second).status).toBe(401);
    expect(errorCodeOf(second)).toBe('TICKET_REJECTED');
  });

  it.each([
    ['an unknown parent', 'dev', 'dev:p-nobody:1'],
    ['a ticket from another host', 'ishandong', 'dev:p-all-verified:1'],
    ['a malformed ticket', 'dev', 'p-all-verified'],
    ['a ticket without a nonce', 'dev', 'dev:p-all-verified:'],
  ])('rejects %s with 401 TICKET_REJECTED', async (_case, host, ticket) => {
    const reply = await call(createGateway(), 'POST', '/session', { body: { host, ticket } });
    expect(asResponse(reply).status).toBe(401);
    expect(errorCodeOf(reply)).toBe('TICKET_REJECTED');
  });

  it.each([
    ['no body', undefined, ['host', 'ticket']],
    ['text that is not JSON', 'host=dev', ['host', 'ticket']],
    ['an unknown host', { host: 'alipay', ticket: 'alipay:p-all-verified:1' }, ['host']],
    ['an empty ticket', { host: 'dev', ticket: ' ' }, ['ticket']],
  ])('answers 422 VALIDATION_FAILED for %s', async (_case, body, fields) => {
    const reply = asResponse(await call(createGateway(), 'POST', '/session', { body }));
    expect(reply.status).toBe(422);
    expect(reply.body.ok ? [] : reply.body.error.fields?.map((f) => f.field)).toEqual(fields);
  });

  it('gives every session its own token', async () => {
    const gateway = createGateway();
    const first = await signIn(gateway);
    const second = await signIn(gateway);
    expect(first.token).not.toBe(second.token);
    expect(gateway.state.sessions.size).toBe(2);
  });
});

describe('DELETE /session', () => {
  it('ends the session, so the token stops working', async () => {
    const gateway = createGateway();
    const { token } = await signIn(gateway);
    const reply = await call(gateway, 'DELETE', '/session', { token });
    expect(dataOf(reply)).toEqual({ signedOut: true });
    expect(errorCodeOf(await call(gateway, 'GET', '/registrations', { token }))).toBe(
      'SESSION_EXPIRED',
    );
  });

  it('answers signedOut even without a session, so signing out twice is harmless', async () => {
    const reply = await call(createGateway(), 'DELETE', '/session');
    expect(dataOf(reply)).toEqual({ signedOut: true });
  });
});
