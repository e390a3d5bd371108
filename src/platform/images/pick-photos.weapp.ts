import Taro from '@tarojs/taro';
import type { PickedPhoto, PickOptions } from './photo-file';

/**
 * Lets the parent take a photo or choose from the album in the mini-program (FAQ 12). Asks for
 * originals: a "compressed" pick would be the very thumbnail FAQ 12 warns about.
 */
export async function pickPhotos(options: PickOptions): Promise<PickedPhoto[]> {
  try {
    const { tempFiles } = await Taro.chooseMedia({
      count: options.count,
      mediaType: ['image'],
      sourceType: [options.source],
      sizeType: ['original'],
    });
    return tempFiles.map((file, i) => ({
      file: { kind: 'path', path: file.tempFilePath },
      name: `photo-${i + 1}`,
      declaredType: '',
      byteLength: file.size,
    }));
  } catch {
    // Cancelled, or no permission for the camera or album: nothing was chosen.
    return [];
  }
}
