/**
 * Draft encryption on H5 (FAQ 7: drafts on the device are readable only by their parent):
 * AES-256-GCM through Web Crypto with the key the gateway hands out per parent at sign-on.
 * Sealed format, base64: [format byte 1][12-byte random IV][ciphertext + 16-byte tag]. The
 * parentId is bound as additional data, so a copy moved under another parent never opens.
 */
import { fromBase64, toBase64 } from './crypto-base64';

/** Encrypts and decrypts one parent's drafts; the key never leaves Web Crypto. */
export interface DraftCipher {
  seal(plain: string): Promise<string>;
  /** Rejects when the text was sealed with another key, for another parent, or was altered. */
  open(sealed: string): Promise<string>;
}

const FORMAT = 1;
const IV_BYTES = 12;

function subtleCrypto(): SubtleCrypto | null {
  return (globalThis as { crypto?: Crypto }).crypto?.subtle ?? null;
}

/** A cipher for one parent's drafts, or null where Web Crypto is missing (then: memory + server). */
export async function createDraftCipher(
  base64Key: string,
  parentId: string,
): Promise<DraftCipher | null> {
  const subtle = subtleCrypto();
  if (!subtle) return null;
  const raw = fromBase64(base64Key);
  if (raw.length !== 32) return null;
  const key = await subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
  const additionalData = new TextEncoder().encode(parentId);
  return {
    async seal(plain) {
      const iv = new Uint8Array(IV_BYTES);
      globalThis.crypto.getRandomValues(iv);
      const data = new TextEncoder().encode(plain);
      const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, data);
      const out = new Uint8Array(1 + IV_BYTES + sealed.byteLength);
      out[0] = FORMAT;
      out.set(iv, 1);
      out.set(new Uint8Array(sealed), 1 + IV_BYTES);
      return toBase64(out);
    },
    async open(text) {
      const bytes = fromBase64(text);
      if (bytes[0] !== FORMAT) throw new Error('unknown sealed format');
      const iv = bytes.slice(1, 1 + IV_BYTES);
      const body = bytes.slice(1 + IV_BYTES);
      const plain = await subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, body);
      return new TextDecoder().decode(plain);
    },
  };
}
