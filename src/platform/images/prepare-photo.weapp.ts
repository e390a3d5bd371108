import Taro from '@tarojs/taro';
import { sha256Hex } from '@/domain/photos/content-hash';
import type { EncodeAttempt, EncodedPhoto } from '@/domain/photos/fit-budget';
import {
  PhotoDecodeError,
  preparePhotoFrom,
  type PhotoSource,
} from '@/domain/photos/prepare-photo';
import type { PhotoJob, PickedPhoto, PreparedPhoto, PrepareResult } from './photo-file';
import { fileSize, imageSize, readFileHead } from './weapp-files';

const HEAD_BYTES = 64 * 1024;

async function encode(path: string, attempt: EncodeAttempt): Promise<EncodedPhoto<string>> {
  const { tempFilePath } = await Taro.compressImage({
    src: path,
    quality: Math.round(attempt.quality * 100),
    compressedWidth: attempt.width,
    compressedHeight: attempt.height,
  }).catch(async (error: unknown) => {
    // A file the runtime cannot even read the size of is damaged, not a compression failure.
    if (!(await imageSize(path))) throw new PhotoDecodeError();
    throw error;
  });
  const bytes = await fileSize(tempFilePath);
  const head = await readFileHead(tempFilePath, Math.min(bytes, HEAD_BYTES));
  return { payload: tempFilePath, bytes, head, fromSource: tempFilePath === path };
}

async function run(picked: PickedPhoto, isCancelled: () => boolean): Promise<PrepareResult> {
  if (picked.file.kind !== 'path') throw new TypeError('the mini-program handles file paths only');
  const path = picked.file.path;
  const source: PhotoSource<string> = {
    byteLength: picked.byteLength,
    declaredType: picked.declaredType,
    readHead: (length) => readFileHead(path, Math.min(length, picked.byteLength)),
    decodedSize: () => imageSize(path),
    openEncoder: () => ({ encode: (attempt) => encode(path, attempt), release: () => undefined }),
  };
  const outcome = await preparePhotoFrom(source, { isCancelled });
  if (!outcome.ok) return outcome;
  const photo: PreparedPhoto = {
    file: { kind: 'path', path: outcome.photo.payload },
    mimeType: 'image/jpeg',
    bytes: outcome.photo.bytes,
    width: outcome.size.width,
    height: outcome.size.height,
    maybeBlurry: outcome.source.borderline,
    sha256: sha256Hex(await readFileHead(outcome.photo.payload, outcome.photo.bytes)),
    previewUrl: outcome.photo.payload,
  };
  return { ok: true, photo };
}

/** Taro.compressImage cannot turn a picture: the mini-program offers no turning by hand. */
export const CAN_TURN_PHOTOS = false;

/** The mini-program's pipeline is small and comes with its page; nothing to load first. */
export function loadPhotoPipeline(): Promise<void> {
  return Promise.resolve();
}

/**
 * Checks and compresses one chosen photo in the mini-program (FAQ 12): the same domain rules,
 * with Taro.compressImage (native decode, EXIF turn, resize, JPEG) as the encoder.
 */
export function preparePhoto(picked: PickedPhoto): PhotoJob {
  let cancelled = false;
  const result = run(picked, () => cancelled).catch((): PrepareResult => ({
    ok: false,
    problem: 'compress-failed',
  }));
  return {
    result: result.then((outcome) =>
      cancelled ? { ok: false, problem: 'cancelled' as const } : outcome,
    ),
    cancel() {
      cancelled = true;
    },
  };
}

/** Temporary files are cleaned up by the mini-program runtime; nothing to free here. */
export function releasePhoto(_photo: Pick<PreparedPhoto, 'previewUrl'>): void {}
