/**
 * Draft encryption on the mini-program (FAQ 7: drafts on the device are readable only by their
 * parent). Its runtime has no Web Crypto, so AES-256-GCM comes from @noble/ciphers (audited,
 * pure JavaScript) and the nonce from the mini-program's own secure random source. The sealed
 * format and key are those of crypto.h5.ts, so both builds read each other's copies.
 */
import { gcm } from '@noble/ciphers/aes';
import Taro from '@tarojs/taro';
import type { DraftCipher } from './crypto.h5';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './crypto-bytes';

export type { DraftCipher } from './crypto.h5';

const FORMAT = 1;
const IV_BYTES = 12;

/**
 * Twelve bytes from `wx.getRandomValues`, or null where the base library lacks it: a guessable
 * nonce would break GCM, so without this source no device copy is written at all.
 */
function secureNonce(): Promise<Uint8Array | null> {
  if (typeof Taro.getRandomValues !== 'function') return Promise.resolve(null);
  // Callbacks, not the returned promise: Taro promisifies only the APIs on its own list, and
  // this one is not on it for every version, so the call may answer nothing at all.
  return new Promise((resolve) => {
    try {
      const answer: unknown = Taro.getRandomValues({
        length: IV_BYTES,
        success: ({ randomValues }) => {
          const bytes = new Uint8Array(randomValues);
          resolve(bytes.length === IV_BYTES ? bytes : null);
        },
        fail: () => resolve(null),
      } as Parameters<typeof Taro.getRandomValues>[0]);
      // Where it is promisified, a failure also rejects the promise: already answered by `fail`.
      (answer as Promise<unknown> | undefined)?.catch?.(() => undefined);
    } catch {
      resolve(null);
    }
  });
}

/** A cipher for one parent's drafts, or null without a usable key or secure random source. */
export async function createDraftCipher(
  base64Key: string,
  parentId: string,
): Promise<DraftCipher | null> {
  const key = base64Decode(base64Key);
  if (key.length !== 32) return null;
  if (!(await secureNonce())) return null;
  const additionalData = utf8Encode(parentId);
  return {
    async seal(plain) {
      const iv = await secureNonce();
      if (!iv) throw new Error('no secure random source');
      const sealed = gcm(key, iv, additionalData).encrypt(utf8Encode(plain));
      const out = new Uint8Array(1 + IV_BYTES + sealed.length);
      out[0] = FORMAT;
      out.set(iv, 1);
      out.set(sealed, 1 + IV_BYTES);
      return base64Encode(out);
    },
    async open(text) {
      const bytes = base64Decode(text);
      if (bytes[0] !== FORMAT) throw new Error('unknown sealed format');
      const iv = bytes.slice(1, 1 + IV_BYTES);
      const body = bytes.slice(1 + IV_BYTES);
      return utf8Decode(gcm(key, iv, additionalData).decrypt(body));
    },
  };
}
