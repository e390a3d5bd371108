/** Drafts against the mock gateway (msw/node): sealed on the device, queued, sent, conflicts. */
import Taro from '@tarojs/taro';
import { setUpSignedInParent } from '../../config/test-doubles/signed-in-parent';
import { flushLocal } from './draft-local';
import { restoreNewest } from './draft-restore';
import { useDrafts } from './draft-store';
import { keepDeviceCopy } from './draft-choice';
import { syncNow, useDraftSync } from './draft-sync';
import { useSession } from './session-store';

const { gateway, signIn } = setUpSignedInParent('p-all-verified');

function typeName(id: string, name: string): void {
  useDrafts.getState().updateDraft(id, (d) => ({ ...d, answers: { child: { name } } }));
}

function serverCopy(parentId: string, id: string) {
  return gateway.state.drafts[parentId]?.[id];
}

describe('drafts on the device and the gateway', () => {
  it('seals the device copy, sends the queue in order, and deletes from both after submit', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '李沐阳' } });
    await flushLocal();
    const stored = String(Taro.getStorageSync('drafts.p-all-verified'));
    expect(stored.length).toBeGreaterThan(20);
    expect(stored).not.toContain('李沐阳');
    await syncNow();
    expect(serverCopy('p-all-verified', id)?.version).toBe(1);
    typeName(id, '李沐阳一');
    await syncNow();
    expect(serverCopy('p-all-verified', id)?.version).toBe(2);
    useDrafts.getState().deleteDraft(id);
    await syncNow();
    expect(serverCopy('p-all-verified', id)).toBeUndefined();
    expect(useDrafts.getState().queue).toEqual([]);
  });

  it('keeps queued saves through a network failure and a session expiry, then sends them', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', {});
    gateway.state.fault = { mode: 'network-error', pathPrefix: '/drafts', times: 1 };
    await syncNow();
    expect(useDraftSync.getState().status).toBe('offline');
    expect(useDrafts.getState().queue).toEqual([{ kind: 'put', id }]);
    typeName(id, '李沐阳');
    gateway.state.sessions.clear();
    await syncNow();
    expect(serverCopy('p-all-verified', id)?.payload).toMatchObject({
      answers: { child: { name: '李沐阳' } },
    });
    expect(useDraftSync.getState().status).toBe('idle');
  });

  it('shows a conflict on 412 and saves this device’s copy when the parent keeps it', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '甲' } });
    await syncNow();
    const stored = serverCopy('p-all-verified', id);
    if (!stored) throw new Error('not saved');
    gateway.state.drafts['p-all-verified'] = {
      [id]: {
        ...stored,
        version: 2,
        payload: { ...(stored.payload as object), answers: { child: { name: '乙' } } },
      },
    };
    typeName(id, '丙');
    await syncNow();
    expect(useDraftSync.getState().conflicts[id]?.version).toBe(2);
    keepDeviceCopy(id);
    await syncNow();
    expect(serverCopy('p-all-verified', id)).toMatchObject({
      version: 3,
      payload: { answers: { child: { name: '丙' } } },
    });
  });

  it('restores the server copy on a fresh device, and forgets the parent at sign-out', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '李沐阳' } });
    await syncNow();
    await flushLocal();
    useDrafts.getState().forgetParent('p-all-verified');
    await signIn();
    await expect(restoreNewest('enrollment')).resolves.toBe(id);
    expect(useDrafts.getState().drafts[id]?.answers.child?.name).toBe('李沐阳');
    await flushLocal();
    await useSession.getState().signOut();
    expect(useDrafts.getState().drafts).toEqual({});
    expect(Taro.getStorageSync('drafts.p-all-verified')).toBe('');
  });

  it('never reads a plain copy planted in device storage: it is removed, nothing of it is loaded or sent', async () => {
    const planted = {
      version: 2,
      drafts: {
        'd-planted': {
          id: 'd-planted',
          subsystem: 'enrollment',
          answers: { child: { name: '李沐阳' } },
          serverVersion: null,
          updatedAt: 1,
        },
      },
      queue: [{ kind: 'put', id: 'd-planted' }],
    };
    Taro.setStorageSync('drafts.p-all-verified', JSON.stringify(planted));
    await signIn();
    expect(useDrafts.getState().drafts).toEqual({});
    expect(useDrafts.getState().queue).toEqual([]);
    expect(Taro.getStorageSync('drafts.p-all-verified')).toBe('');
    await syncNow();
    expect(serverCopy('p-all-verified', 'd-planted')).toBeUndefined();
  });

  it('falls back to memory and the gateway when the drafts key cannot be imported', async () => {
    const importKey = jest
      .spyOn(globalThis.crypto.subtle, 'importKey')
      .mockRejectedValue(new DOMException('refused', 'NotSupportedError'));
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '李沐阳' } });
    await flushLocal();
    expect(useDrafts.getState().saveFailure).toBe('unavailable');
    expect(Taro.getStorageSync('drafts.p-all-verified')).toBe('');
    await syncNow();
    expect(serverCopy('p-all-verified', id)?.version).toBe(1);
    importKey.mockRestore();
  });
});
