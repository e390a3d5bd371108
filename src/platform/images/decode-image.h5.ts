import { withExifOrientation } from '@/domain/photos/exif-orientation';
import type { Size } from '@/domain/photos/plan-size';
import { readBlobBytes } from './blob-bytes.h5';

/** The upright size of an image this browser can decode, or null when it cannot (e.g. HEIC). */
export function decodedImageSize(blob: Blob): Promise<Size | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(blob);
    const image = new Image();
    const done = (size: Size | null) => {
      URL.revokeObjectURL(url);
      resolve(size);
    };
    image.onload = () => done({ width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => done(null);
    image.src = url;
  });
}

function tinyJpeg(): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = 2;
  canvas.height = 1;
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg'));
}

let turnsPhotos: Promise<boolean> | null = null;

/**
 * Whether this browser applies EXIF orientation when it decodes a photo (Chrome 81+, iOS 13.4+).
 * Older webviews do not, and then compressorjs must turn sideways document photos itself.
 */
export function browserTurnsPhotos(): Promise<boolean> {
  turnsPhotos ??= tinyJpeg().then(async (blob) => {
    if (!blob) return false;
    const bytes = await readBlobBytes(blob, 0, blob.size);
    const sideways = new Blob([withExifOrientation(bytes, 6)], { type: 'image/jpeg' });
    const size = await decodedImageSize(sideways);
    return size?.width === 1 && size.height === 2;
  });
  return turnsPhotos;
}
