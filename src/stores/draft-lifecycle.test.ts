/** Which drafts exist at all (FAQ 7, 8): none before an answer, none after submit or delete. */
import { setUpSignedInParent } from '../../config/test-doubles/signed-in-parent';
import { deleteDraft as endOnGateway } from '@mock/model/drafts';
import Taro from '@tarojs/taro';
import { flushLocal } from './draft-local';
import { restoreNewest } from './draft-restore';
import { useDrafts } from './draft-store';
import { syncNow } from './draft-sync';

const PARENT = 'p-all-verified';
const { gateway, signIn } = setUpSignedInParent(PARENT);

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
