/**
 * Draft encryption on the mini-program: its runtime has no Web Crypto, and a pure-JS AES-GCM is
 * more code than it is worth here. So on weapp drafts are never written to device storage: they
 * live in memory and on the gateway (FAQ 7's "restore the last content" comes from the server
 * copy). `createDraftCipher` answers null and the draft store keeps nothing on the device.
 */
import type { DraftCipher } from './crypto.h5';

export type { DraftCipher } from './crypto.h5';

/** No cipher on weapp: the draft store then keeps drafts in memory and on the gateway only. */
export function createDraftCipher(
  _base64Key: string,
  _parentId: string,
): Promise<DraftCipher | null> {
  return Promise.resolve(null);
}
