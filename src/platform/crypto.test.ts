import { webcrypto } from 'node:crypto';
import { fromBase64 } from './crypto-base64';
import { createDraftCipher } from './crypto.h5';

beforeAll(() => {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
});

const newKey = () => Buffer.from(webcrypto.getRandomValues(new Uint8Array(32))).toString('base64');
const KEY_A = newKey();
const KEY_B = newKey();
const TEXT = JSON.stringify({ child: { name: '李沐阳', idNumber: '370102201510180033' } });

async function cipher(key: string, parentId: string) {
  const made = await createDraftCipher(key, parentId);
  if (!made) throw new Error('no cipher');
  return made;
}

describe('draft encryption (AES-GCM, per parent)', () => {
  it('opens what it sealed, and the sealed text shows nothing of the draft', async () => {
    const a = await cipher(KEY_A, 'p-all-verified');
    const sealed = await a.seal(TEXT);
    expect(sealed).not.toContain('370102');
    expect(Buffer.from(sealed, 'base64').toString('utf8')).not.toContain('370102201510180033');
    await expect(a.open(sealed)).resolves.toBe(TEXT);
  });

  it('writes a version byte and a fresh 12-byte IV each time', async () => {
    const a = await cipher(KEY_A, 'p-all-verified');
    const one = fromBase64(await a.seal(TEXT));
    const two = fromBase64(await a.seal(TEXT));
    expect(one[0]).toBe(1);
    expect(one.length).toBe(1 + 12 + new TextEncoder().encode(TEXT).length + 16);
    expect(Buffer.from(one.slice(1, 13)).equals(Buffer.from(two.slice(1, 13)))).toBe(false);
  });

  it("cannot open another parent's draft with its own key", async () => {
    const sealed = await (await cipher(KEY_A, 'p-all-verified')).seal(TEXT);
    const b = await cipher(KEY_B, 'p-migrant-worker');
    await expect(b.open(sealed)).rejects.toThrow();
  });

  it('cannot open a copy moved under another parent even with the same key', async () => {
    const sealed = await (await cipher(KEY_A, 'p-all-verified')).seal(TEXT);
    await expect((await cipher(KEY_A, 'p-migrant-worker')).open(sealed)).rejects.toThrow();
  });

  it('rejects an altered copy and an unknown format byte', async () => {
    const a = await cipher(KEY_A, 'p-all-verified');
    const bytes = fromBase64(await a.seal(TEXT));
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    await expect(a.open(Buffer.from(bytes).toString('base64'))).rejects.toThrow();
    bytes[0] = 2;
    await expect(a.open(Buffer.from(bytes).toString('base64'))).rejects.toThrow('format');
  });

  it('gives no cipher for a key that is not 32 bytes', async () => {
    await expect(createDraftCipher('c2hvcnQ=', 'p-all-verified')).resolves.toBeNull();
  });
});
