/** Which drafts exist at all (FAQ 7, 8): none before an answer, none after submit or delete. */
import { webcrypto } from 'node:crypto';
import { deleteDraft as endOnGateway } from '@mock/model/drafts';
import { setupMockGatewayServer } from '@mock/node';
import Taro from '@tarojs/taro';
import { resetTaroDouble } from '../../config/test-doubles/taro';
import { configureGateway } from '@/api/gateway-client';
import { createDevHost, createVolatileMemory } from '@/host/dev-host';
import { flushLocal } from './draft-local';
import { restoreNewest } from './draft-restore';
import { useDrafts } from './draft-store';
import { syncNow } from './draft-sync';
import { startSession, useSession } from './session-store';

const BASE_URL = 'http://gateway.test/gateway';
const PARENT = 'p-all-verified';
const { server, gateway } = setupMockGatewayServer(BASE_URL);
const memory = createVolatileMemory();

beforeAll(() => {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());
afterEach(async () => {
  await useSession.getState().signOut();
  gateway.state.reset();
  resetTaroDouble();
});

async function signIn(): Promise<void> {
  configureGateway({ baseUrl: BASE_URL, sleep: () => Promise.resolve(), random: () => 0 });
  startSession(createDevHost(memory));
  await useSession.getState().chooseDevParent(PARENT);
  useDrafts.getState().openFor(PARENT);
  for (let i = 0; i < 50 && useDrafts.getState().parentId !== PARENT; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(useDrafts.getState().parentId).toBe(PARENT);
}

const typeName = (id: string, name: string) =>
  useDrafts.getState().updateDraft(id, (d) => ({ ...d, answers: { child: { name } } }));
const serverCopy = (id: string) => gateway.state.drafts[PARENT]?.[id];

describe('a draft’s life', () => {
  it('is not written anywhere while the parent has answered nothing', async () => {
    await signIn();
    const id = useDrafts.getState().startBlank('enrollment', { child: { contactMobile: '1' } });
    await flushLocal();
    await syncNow();
    expect(Taro.getStorageSync(`drafts.${PARENT}`)).toBe('');
    expect(serverCopy(id)).toBeUndefined();
    expect(useDrafts.getState().queue).toEqual([]);
    typeName(id, '李沐阳');
    expect(useDrafts.getState().drafts[id]?.unstarted).toBeUndefined();
    await syncNow();
    expect(serverCopy(id)?.version).toBe(1);
  });

  it('never comes back after submit: not from a late change nor from a restore', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '李沐阳' } });
    await syncNow();
    useDrafts.getState().deleteDraft(id);
    // A page left in the stack writes after the submit; the gateway still holds the copy.
    typeName(id, '李沐阳二');
    expect(useDrafts.getState().drafts[id]).toBeUndefined();
    expect(serverCopy(id)).toBeDefined();
    await expect(restoreNewest('enrollment')).resolves.toBeNull();
    expect(useDrafts.getState().drafts[id]).toBeUndefined();
    await syncNow();
    expect(serverCopy(id)).toBeUndefined();
    expect(useDrafts.getState().queue).toEqual([]);
  });

  it('drops a save queued on this phone for a draft submitted on another one', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '李沐阳' } });
    await syncNow();
    endOnGateway(gateway.state.drafts, gateway.state.endedDrafts, PARENT, id);
    typeName(id, '李沐阳二');
    await syncNow();
    expect(useDrafts.getState().drafts[id]).toBeUndefined();
    expect(serverCopy(id)).toBeUndefined();
    expect(useDrafts.getState().queue).toEqual([]);
  });

  it('keeps the correction link with the draft on the gateway (a fresh phone knows it)', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '甲' } }, 'r-1');
    await syncNow();
    await flushLocal();
    useDrafts.getState().forgetParent(PARENT);
    await signIn();
    await restoreNewest('enrollment');
    expect(useDrafts.getState().drafts[id]?.replaces).toBe('r-1');
  });
});
