import { webcrypto } from 'node:crypto';
import Taro from '@tarojs/taro';
import { createDraftCipher as createH5Cipher } from './crypto.h5';
import { createDraftCipher, type DraftCipher } from './crypto.weapp';

const newKey = () => Buffer.from(webcrypto.getRandomValues(new Uint8Array(32))).toString('base64');
const KEY_A = newKey();
const KEY_B = newKey();
const TEXT = JSON.stringify({ child: { name: '李沐阳', idNumber: '370102201510180033' } });

type RandomSource = typeof Taro.getRandomValues;
const taroRandom = Taro as unknown as { getRandomValues?: RandomSource };
const originalRandom = taroRandom.getRandomValues;
const failingRandom = ((options: { fail?: (error: unknown) => void }) => {
  setTimeout(() => options.fail?.({ errMsg: 'getRandomValues:fail' }), 0);
}) as unknown as RandomSource;

beforeAll(() => {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
});

afterEach(() => {
  taroRandom.getRandomValues = originalRandom;
});

async function weapp(key: string, parentId: string): Promise<DraftCipher> {
  const made = await createDraftCipher(key, parentId);
  if (!made) throw new Error('no cipher');
  return made;
}

async function h5(key: string, parentId: string): Promise<DraftCipher> {
  const made = await createH5Cipher(key, parentId);
  if (!made) throw new Error('no cipher');
  return made;
}

function flipLastByte(sealed: string): string {
  const bytes = Buffer.from(sealed, 'base64');
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
  return bytes.toString('base64');
}

describe('draft encryption on the mini-program (pure-JS AES-GCM)', () => {
  it('opens what it sealed, and the sealed text shows nothing of the draft', async () => {
    const a = await weapp(KEY_A, 'p-all-verified');
    const sealed = await a.seal(TEXT);
    expect(Buffer.from(sealed, 'base64').toString('utf8')).not.toContain('370102201510180033');
    await expect(a.open(sealed)).resolves.toBe(TEXT);
  });

  it('writes the H5 layout with a fresh nonce from the secure random source each time', async () => {
    const random = jest.spyOn(Taro, 'getRandomValues');
    const a = await weapp(KEY_A, 'p-all-verified');
    const one = Buffer.from(await a.seal(TEXT), 'base64');
    const two = Buffer.from(await a.seal(TEXT), 'base64');
    expect(one[0]).toBe(1);
    expect(one.length).toBe(1 + 12 + Buffer.byteLength(TEXT) + 16);
    expect(one.subarray(1, 13).equals(two.subarray(1, 13))).toBe(false);
    expect(random).toHaveBeenCalledWith(expect.objectContaining({ length: 12 }));
  });

  it("cannot open another parent's draft, nor a copy moved under another parent", async () => {
    const sealed = await (await weapp(KEY_A, 'p-all-verified')).seal(TEXT);
    await expect((await weapp(KEY_B, 'p-migrant-worker')).open(sealed)).rejects.toThrow();
    await expect((await weapp(KEY_A, 'p-migrant-worker')).open(sealed)).rejects.toThrow();
  });

  it('detects an altered copy and refuses an unknown format byte', async () => {
    const a = await weapp(KEY_A, 'p-all-verified');
    const sealed = await a.seal(TEXT);
    await expect(a.open(flipLastByte(sealed))).rejects.toThrow();
    const bytes = Buffer.from(sealed, 'base64');
    bytes[0] = 2;
    await expect(a.open(bytes.toString('base64'))).rejects.toThrow('format');
    await expect(a.open('not base64 at all')).rejects.toThrow();
  });

  it('opens what the H5 build sealed with Web Crypto, and the H5 build opens its copies', async () => {
    const fromH5 = await (await h5(KEY_A, 'p-all-verified')).seal(TEXT);
    await expect((await weapp(KEY_A, 'p-all-verified')).open(fromH5)).resolves.toBe(TEXT);
    const fromWeapp = await (await weapp(KEY_A, 'p-all-verified')).seal(TEXT);
    await expect((await h5(KEY_A, 'p-all-verified')).open(fromWeapp)).resolves.toBe(TEXT);
    await expect(
      (await h5(KEY_A, 'p-all-verified')).open(flipLastByte(fromWeapp)),
    ).rejects.toThrow();
  });

  it('gives no cipher for a key that is not 32 bytes', async () => {
    await expect(createDraftCipher('c2hvcnQ=', 'p-all-verified')).resolves.toBeNull();
    await expect(createDraftCipher('', 'p-all-verified')).resolves.toBeNull();
  });

  it('gives no cipher, so writes no device copy, without a secure random source', async () => {
    taroRandom.getRandomValues = undefined;
    await expect(createDraftCipher(KEY_A, 'p-all-verified')).resolves.toBeNull();
    taroRandom.getRandomValues = failingRandom;
    await expect(createDraftCipher(KEY_A, 'p-all-verified')).resolves.toBeNull();
    // A base library that answers nothing through callbacks (only a promise) gives no nonce.
    taroRandom.getRandomValues = (() =>
      Promise.resolve({ randomValues: new ArrayBuffer(12) })) as unknown as RandomSource;
    await expect(
      Promise.race([
        createDraftCipher(KEY_A, 'p-all-verified'),
        new Promise((resolve) => setTimeout(() => resolve('pending'), 50)),
      ]),
    ).resolves.not.toEqual(expect.objectContaining({ seal: expect.any(Function) }));
  });

  it('refuses to seal when the random source fails later, rather than reuse a nonce', async () => {
    const a = await weapp(KEY_A, 'p-all-verified');
    taroRandom.getRandomValues = failingRandom;
    await expect(a.seal(TEXT)).rejects.toThrow('random');
  });
});
