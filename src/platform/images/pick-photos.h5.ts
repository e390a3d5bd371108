import { chooseWithFileInput } from './file-input.h5';
import { chooseWithLightApp, findLightAppMedia } from './light-app-media';
import type { PickedPhoto, PickOptions } from './photo-file';

/**
 * Lets the parent take a photo or choose from the album (FAQ 12), through the host's bridge
 * where it offers one, else the browser's file chooser. Answers every file chosen, even ones
 * that are not images: the checks that follow give each its own message.
 */
export async function pickPhotos(options: PickOptions): Promise<PickedPhoto[]> {
  const camera = options.source === 'camera';
  const media = findLightAppMedia(window);
  // The host's picker offers camera and album itself.
  const fromHost = media
    ? await chooseWithLightApp(media, { count: options.count, baseUrl: window.location.href })
    : null;
  const files = fromHost ?? (await chooseWithFileInput({ camera, multiple: options.count > 1 }));
  return files.map((file) => ({
    file: { kind: 'blob', blob: file },
    name: file.name,
    declaredType: file.type,
    byteLength: file.size,
  }));
}
