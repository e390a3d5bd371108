import { sniffImageFormat } from '@/domain/photos/image-format';

/** Enough of a file for its ISO box brand (bytes 4-11). */
const HEAD_BYTES = 16;

/** What choosing a HEIC decoder needs from the platform; the decoder itself is loaded last. */
export interface HeicDecoding<T> {
  readHead(length: number): Promise<Uint8Array>;
  /** Whether the webview decodes the file itself (Safari 17 does). */
  browserDecodes(): Promise<boolean>;
  /** Loads the decoder and decodes; rejects or answers null where it cannot. */
  decode(): Promise<T | null>;
}

/**
 * The decoded picture to prepare in place of a HEIC file the webview cannot decode, or null to
 * prepare the file as it came: not HEIC, decoded by the webview itself, or the decoder failed to
 * load or run (the photo rules then refuse it with the advice to take a JPEG, FAQ 12). The
 * decoder weighs hundreds of KB, so nothing else ever loads it.
 */
export async function decodeHeicWhereNeeded<T>(decoding: HeicDecoding<T>): Promise<T | null> {
  const head = await decoding.readHead(HEAD_BYTES);
  if (sniffImageFormat(head) !== 'heic') return null;
  if (await decoding.browserDecodes()) return null;
  try {
    return await decoding.decode();
  } catch {
    return null;
  }
}
