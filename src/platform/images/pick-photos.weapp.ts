import Taro from '@tarojs/taro';
import type { PickedPhoto, PickOptions } from './photo-file';

/**
 * Lets the parent take a photo or choose from the album in the mini-program (FAQ 12). Asks for
 * originals: a "compressed" pick would be the very thumbnail FAQ 12 warns about.
 */
export async function pickPhotos(options: PickOptions): Promise<PickedPhoto[]> {
  // Callbacks, not a promise: Taro 4.2.1 does not promisify chooseMedia on weapp.
  const tempFiles = await new Promise<Taro.chooseMedia.ChooseMedia[]>((resolve) => {
    try {
      Taro.chooseMedia({
        count: options.count,
        mediaType: ['image'],
        sourceType: [options.source],
        sizeType: ['original'],
        success: (result) => resolve(result.tempFiles),
        // Cancelled, or no permission for the camera or album: nothing was chosen.
        fail: () => resolve([]),
      });
    } catch {
      resolve([]);
    }
  });
  return tempFiles.map((file, i) => ({
    file: { kind: 'path', path: file.tempFilePath },
    name: `photo-${i + 1}`,
    declaredType: '',
    byteLength: file.size,
  }));
}
