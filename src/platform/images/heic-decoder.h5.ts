import { readBlobBytes } from './blob-bytes.h5';
import { decodedImageSize } from './decode-image.h5';
import { decodeHeicWhereNeeded } from './heic-decoding';
import type { PickedPhoto } from './photo-file';

/**
 * High enough that the photo rules' own encode is the one that counts; an upright page under
 * 1 MB is then sent as this JPEG (the decoder writes no metadata to strip).
 */
const DECODED_QUALITY = 0.92;

/** heic2any decodes in a worker of its own, started from a Blob URL as the module loads. */
function canRunDecoder(): boolean {
  return typeof Worker === 'function' && typeof URL.createObjectURL === 'function';
}

async function decodeWithHeic2any(blob: Blob): Promise<Blob | null> {
  if (!canRunDecoder()) return null;
  // libheif compiled to JavaScript (about 340 KB gzipped): its own chunk, fetched from our origin.
  const { default: heic2any } = await import(/* webpackChunkName: "heic-decoder" */ 'heic2any');
  const decoded = await heic2any({ blob, toType: 'image/jpeg', quality: DECODED_QUALITY });
  const first = Array.isArray(decoded) ? decoded[0] : decoded;
  return first?.type === 'image/jpeg' && first.size > 0 ? first : null;
}

/**
 * The chosen photo with a HEIC file the webview cannot decode replaced by its decoded picture
 * as a JPEG, so the ordinary rules and encoders prepare it; anything else comes back as it was.
 */
export async function withHeicDecoded(picked: PickedPhoto): Promise<PickedPhoto> {
  if (picked.file.kind !== 'blob') return picked;
  const blob = picked.file.blob;
  const decoded = await decodeHeicWhereNeeded({
    readHead: (length) => readBlobBytes(blob, 0, Math.min(length, blob.size)),
    browserDecodes: async () => (await decodedImageSize(blob)) !== null,
    decode: () => decodeWithHeic2any(blob),
  });
  if (!decoded) return picked;
  return {
    ...picked,
    file: { kind: 'blob', blob: decoded },
    declaredType: decoded.type,
    byteLength: decoded.size,
  };
}
