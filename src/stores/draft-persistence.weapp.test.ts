import { webcrypto } from 'node:crypto';
import Taro from '@tarojs/taro';
import { resetTaroDouble } from '../../config/test-doubles/taro';
import { createDraftCipher as createH5Cipher } from '@/platform/crypto.h5';
import { createDraftCipher, type DraftCipher } from '@/platform/crypto.weapp';
import { StorageFailure } from '@/platform/storage';
import { claimDevice, loadDrafts, saveDrafts } from './draft-persistence';

const KEY = Buffer.from(webcrypto.getRandomValues(new Uint8Array(32))).toString('base64');
const OTHER_KEY = Buffer.from(webcrypto.getRandomValues(new Uint8Array(32))).toString('base64');

interface Answer {
  childName: string;
  idNumber: string;
}
const CONTENT = {
  drafts: { 'd-1': { childName: '李沐阳', idNumber: '370102201510180033' } },
  queue: [{ kind: 'put' as const, id: 'd-1' }],
};

async function weapp(key: string, parentId: string): Promise<DraftCipher> {
  const made = await createDraftCipher(key, parentId);
  if (!made) throw new Error('no cipher');
  return made;
}

function stored(key: string): string {
  return String(Taro.getStorageSync(key));
}

beforeAll(() => {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
});

beforeEach(() => resetTaroDouble());
afterEach(() => jest.restoreAllMocks());

describe('drafts in mini-program storage, sealed like on H5', () => {
  it('keeps the drafts and the offline queue sealed across a relaunch', async () => {
    await expect(
      saveDrafts('p-all-verified', CONTENT, await weapp(KEY, 'p-all-verified')),
    ).resolves.toBeNull();
    expect(stored('drafts.p-all-verified')).not.toContain('370102');
    // A relaunch: a fresh cipher from the same session key reads everything back.
    const loaded = await loadDrafts<Answer>('p-all-verified', await weapp(KEY, 'p-all-verified'));
    expect(loaded).toEqual({ ...CONTENT, rewrite: false });
  });

  it("keeps a copy that another parent's key cannot open aside, unread and not deleted", async () => {
    await saveDrafts('p-all-verified', CONTENT, await weapp(KEY, 'p-all-verified'));
    const sealed = stored('drafts.p-all-verified');
    const loaded = await loadDrafts<Answer>(
      'p-all-verified',
      await weapp(OTHER_KEY, 'p-all-verified'),
    );
    expect(loaded.drafts).toEqual({});
    expect(stored('drafts.p-all-verified.unreadable')).toBe(sealed);
  });

  it('detects a copy altered in storage', async () => {
    await saveDrafts('p-all-verified', CONTENT, await weapp(KEY, 'p-all-verified'));
    const bytes = Buffer.from(stored('drafts.p-all-verified'), 'base64');
    bytes[20] = (bytes[20] ?? 0) ^ 0x40;
    Taro.setStorageSync('drafts.p-all-verified', bytes.toString('base64'));
    const loaded = await loadDrafts<Answer>('p-all-verified', await weapp(KEY, 'p-all-verified'));
    expect(loaded.drafts).toEqual({});
  });

  it('reports a full storage the way WeChat words it, and keeps the earlier copy', async () => {
    const cipher = await weapp(KEY, 'p-all-verified');
    await saveDrafts('p-all-verified', CONTENT, cipher);
    const before = stored('drafts.p-all-verified');
    jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
      throw { errMsg: 'setStorageSync:fail exceed storage max size 10MB' };
    });
    const failure = await saveDrafts('p-all-verified', CONTENT, cipher);
    expect(failure).toBeInstanceOf(StorageFailure);
    expect(failure?.kind).toBe('full');
    expect(stored('drafts.p-all-verified')).toBe(before);
  });

  it('reads a copy the H5 build sealed, and the H5 build reads the mini-program copy', async () => {
    const h5 = await createH5Cipher(KEY, 'p-all-verified');
    if (!h5) throw new Error('no H5 cipher');
    await saveDrafts('p-all-verified', CONTENT, h5);
    const weappCipher = await weapp(KEY, 'p-all-verified');
    await expect(loadDrafts<Answer>('p-all-verified', weappCipher)).resolves.toMatchObject(CONTENT);
    await saveDrafts('p-all-verified', CONTENT, weappCipher);
    await expect(loadDrafts<Answer>('p-all-verified', h5)).resolves.toMatchObject(CONTENT);
  });

  it("removes the previous parent's copy when another parent signs in on the phone", async () => {
    claimDevice('p-all-verified');
    await saveDrafts('p-all-verified', CONTENT, await weapp(KEY, 'p-all-verified'));
    claimDevice('p-migrant-worker');
    expect(stored('drafts.p-all-verified')).toBe('');
  });
});
