/** Draft sync edge cases against the mock gateway (msw/node): each once broke a promise of FAQ 7. */
import { failReply } from '@mock/reply';
import Taro from '@tarojs/taro';
import { setUpSignedInParent } from '../../config/test-doubles/signed-in-parent';
import { createDraftCipher } from '@/platform/crypto';
import { flushLocal } from './draft-local';
import { formatDrafts } from './draft-migrations';
import type { DraftRecord } from './draft-record';
import { useDrafts } from './draft-store';
import { syncNow, useDraftSync } from './draft-sync';
import { sessionStorageKey } from './session-store';

const PARENT = 'p-all-verified';
const { gateway, signIn } = setUpSignedInParent(PARENT);

function typeName(id: string, name: string): void {
  useDrafts.getState().updateDraft(id, (d) => ({ ...d, answers: { child: { name } } }));
}

function serverName(id: string): unknown {
  const payload = gateway.state.drafts[PARENT]?.[id]?.payload as
    { answers?: { child?: { name?: string } } } | undefined;
  return payload?.answers?.child?.name;
}

/** Answers PUT /drafts/<id> with `code` instead of the gateway's own answer. */
function refuseSavesOf(id: string, status: number, code: 'VALIDATION_FAILED' | 'WINDOW_CLOSED') {
  const handle = gateway.handle.bind(gateway);
  return jest
    .spyOn(gateway, 'handle')
    .mockImplementation((request) =>
      request.method === 'PUT' && request.path === `/drafts/${id}`
        ? Promise.resolve(failReply(gateway.clock, status, code))
        : handle(request),
    );
}

afterEach(() => jest.restoreAllMocks());

describe('draft sync edge cases', () => {
  it('keeps this device’s copy when a 412 resolves as keep-local, and saves it', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '甲' } });
    await syncNow();
    const stored = gateway.state.drafts[PARENT]?.[id];
    if (!stored) throw new Error('not saved');
    // The gateway holds an older version than this device is based on (restored from a backup).
    gateway.state.drafts[PARENT] = {
      [id]: {
        ...stored,
        payload: { ...(stored.payload as object), answers: { child: { name: '乙' } } },
      },
    };
    useDrafts.getState().apply(({ drafts }) => ({
      drafts: { ...drafts, [id]: { ...(drafts[id] as DraftRecord), serverVersion: 3 } },
    }));
    typeName(id, '丙');
    await syncNow();
    expect(useDrafts.getState().drafts[id]?.answers.child?.name).toBe('丙');
    expect(useDraftSync.getState().conflicts).toEqual({});
    expect(serverName(id)).toBe('丙');
    expect(useDrafts.getState().queue).toEqual([]);
  });

  it('keeps an edit made in the same millisecond as the save on its way queued, and sends it', async () => {
    // The device clock stands still: the edit and the save share one millisecond.
    const frozen = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(frozen);
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '李沐阳' } });
    const handle = gateway.handle.bind(gateway);
    let edited = false;
    jest.spyOn(gateway, 'handle').mockImplementation((request) => {
      if (request.method === 'PUT' && !edited) {
        edited = true;
        typeName(id, '李沐阳二');
      }
      return handle(request);
    });
    await syncNow();
    expect(edited).toBe(true);
    expect(serverName(id)).toBe('李沐阳二');
    expect(useDrafts.getState().queue).toEqual([]);
  });

  it('sets aside a save the gateway refuses for good, sends the drafts behind it, and tries it again after a change', async () => {
    await signIn();
    const refused = useDrafts.getState().createDraft('enrollment', { child: { name: '甲' } });
    const behind = useDrafts.getState().createDraft('enrollment', { child: { name: '乙' } });
    const spy = refuseSavesOf(refused, 422, 'VALIDATION_FAILED');
    await syncNow();
    expect(serverName(behind)).toBe('乙');
    expect(serverName(refused)).toBeUndefined();
    expect(useDraftSync.getState()).toMatchObject({ status: 'failed', refused: [refused] });
    expect(useDrafts.getState().queue).toEqual([{ kind: 'put', id: refused }]);
    spy.mockRestore();
    typeName(refused, '甲一');
    await syncNow();
    expect(serverName(refused)).toBe('甲一');
    expect(useDraftSync.getState()).toMatchObject({ status: 'idle', refused: [] });
  });

  it('sends the other subsystem’s drafts when one subsystem’s window is closed', async () => {
    await signIn();
    const closed = useDrafts.getState().createDraft('enrollment', { child: { name: '甲' } });
    const open = useDrafts.getState().createDraft('transfer', { child: { name: '乙' } });
    refuseSavesOf(closed, 409, 'WINDOW_CLOSED');
    await syncNow();
    expect(serverName(open)).toBe('乙');
    expect(useDrafts.getState().queue).toEqual([]);
    expect(useDraftSync.getState().status).toBe('closed');
  });

  it('keeps the drafts and queue another tab wrote on the device when this tab writes', async () => {
    await signIn();
    const mine = useDrafts.getState().createDraft('enrollment', { child: { name: '甲' } });
    await flushLocal();
    const cipher = await createDraftCipher(sessionStorageKey() ?? '', PARENT);
    if (!cipher) throw new Error('no cipher');
    const key = `drafts.${PARENT}`;
    const read = async () =>
      JSON.parse(await cipher.open(String(Taro.getStorageSync(key)))) as {
        drafts: Record<string, DraftRecord>;
        queue: { kind: string; id: string }[];
      };
    // Another tab adds its own draft and queued save to the device copy.
    const written = await read();
    const other: DraftRecord = {
      ...(written.drafts[mine] as DraftRecord),
      id: 'd-other-tab',
      answers: { child: { name: '乙' } },
    };
    const theirs = {
      drafts: { ...written.drafts, 'd-other-tab': other },
      queue: [...written.queue, { kind: 'put' as const, id: 'd-other-tab' }],
    } as Parameters<typeof formatDrafts<DraftRecord>>[0];
    Taro.setStorageSync(key, await cipher.seal(formatDrafts(theirs)));
    typeName(mine, '甲一');
    await flushLocal();
    const after = await read();
    expect(after.drafts[mine]?.answers.child?.name).toBe('甲一');
    expect(after.drafts['d-other-tab']?.answers.child?.name).toBe('乙');
    expect(after.queue).toEqual(
      expect.arrayContaining([
        { kind: 'put', id: mine },
        { kind: 'put', id: 'd-other-tab' },
      ]),
    );
  });
});
