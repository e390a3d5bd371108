import type { ServerDraft, SessionGrant } from '../../types';
import { createGateway, type MockGateway } from '../router';
import { asResponse, call, dataOf, errorCodeOf, signIn } from '../test-support';

async function put(gateway: MockGateway, token: string, ifMatch: string | null, payload: unknown) {
  return call(gateway, 'PUT', '/drafts/d-1', {
    token,
    headers: ifMatch === null ? {} : { 'if-match': ifMatch },
    body: { subsystem: 'enrollment', payload },
  });
}

describe('drafts on the gateway', () => {
  let gateway: MockGateway;
  let grant: SessionGrant;

  beforeEach(async () => {
    gateway = createGateway();
    grant = await signIn(gateway, 'p-all-verified');
  });

  it('creates with If-Match 0, then accepts only the stored version', async () => {
    const first = dataOf<ServerDraft>(await put(gateway, grant.token, '0', { a: 1 }));
    expect(first.version).toBe(1);
    const second = dataOf<ServerDraft>(await put(gateway, grant.token, '"1"', { a: 2 }));
    expect(second).toMatchObject({ version: 2, payload: { a: 2 } });
    const stale = await put(gateway, grant.token, '1', { a: 3 });
    expect(asResponse(stale).status).toBe(412);
    expect(errorCodeOf(stale)).toBe('VERSION_CONFLICT');
    const stored = dataOf<ServerDraft>(
      await call(gateway, 'GET', '/drafts/d-1', { token: grant.token }),
    );
    expect(stored.payload).toEqual({ a: 2 });
  });

  it('needs If-Match', async () => {
    expect(asResponse(await put(gateway, grant.token, null, {})).status).toBe(422);
  });

  it('lists only the signed-in parent’s drafts of the asked subsystem', async () => {
    await put(gateway, grant.token, '0', { a: 1 });
    const other = await signIn(gateway, 'p-migrant-worker');
    const theirs = await call(gateway, 'GET', '/drafts', {
      token: other.token,
      query: { subsystem: 'enrollment' },
    });
    expect(dataOf<ServerDraft[]>(theirs)).toEqual([]);
    const read = await call(gateway, 'GET', '/drafts/d-1', { token: other.token });
    expect(asResponse(read).status).toBe(404);
    const mine = await call(gateway, 'GET', '/drafts', {
      token: grant.token,
      query: { subsystem: 'transfer' },
    });
    expect(dataOf<ServerDraft[]>(mine)).toEqual([]);
  });

  it('deletes idempotently', async () => {
    await put(gateway, grant.token, '0', { a: 1 });
    for (let i = 0; i < 2; i += 1) {
      const reply = await call(gateway, 'DELETE', '/drafts/d-1', { token: grant.token });
      expect(dataOf(reply)).toEqual({ deleted: true });
    }
    const list = await call(gateway, 'GET', '/drafts', { token: grant.token });
    expect(dataOf<ServerDraft[]>(list)).toEqual([]);
  });

  it('never saves a deleted draft again, whatever version a late save is based on', async () => {
    await put(gateway, grant.token, '0', { a: 1 });
    await call(gateway, 'DELETE', '/drafts/d-1', { token: grant.token });
    for (const basedOn of ['0', '1']) {
      const late = await put(gateway, grant.token, basedOn, { a: 2 });
      expect(asResponse(late).status).toBe(410);
      expect(errorCodeOf(late)).toBe('DRAFT_ENDED');
    }
    const copy = createGateway();
    copy.state.restore(gateway.state.snapshot());
    const again = await signIn(copy, 'p-all-verified');
    expect(errorCodeOf(await put(copy, again.token, '0', { a: 3 }))).toBe('DRAFT_ENDED');
    const list = await call(gateway, 'GET', '/drafts', { token: grant.token });
    expect(dataOf<ServerDraft[]>(list)).toEqual([]);
  });

  it('refuses saves once the window has closed (read-only drafts)', async () => {
    gateway.clock.set(Date.parse('2022-07-11T10:00:00+08:00'));
    grant = await signIn(gateway, 'p-all-verified');
    const reply = await put(gateway, grant.token, '0', { a: 1 });
    expect(errorCodeOf(reply)).toBe('WINDOW_CLOSED');
  });

  it('hands each parent a stable storage key of 32 bytes, different per parent', async () => {
    const again = await signIn(gateway, 'p-all-verified');
    const other = await signIn(gateway, 'p-migrant-worker');
    expect(again.storageKey).toBe(grant.storageKey);
    expect(other.storageKey).not.toBe(grant.storageKey);
    expect(Buffer.from(grant.storageKey, 'base64')).toHaveLength(32);
  });

  it('keeps drafts through a snapshot and restore', async () => {
    await put(gateway, grant.token, '0', { a: 1 });
    const copy = createGateway();
    copy.state.restore(gateway.state.snapshot());
    expect(copy.state.drafts['p-all-verified']?.['d-1']?.version).toBe(1);
  });
});
