import Taro from '@tarojs/taro';

/** Reads `length` bytes from the start of a temporary file (mini-program file system). */
export function readFileHead(path: string, length: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      position: 0,
      length,
      success: (result) => resolve(new Uint8Array(result.data as ArrayBuffer)),
      fail: reject,
    });
  });
}

/** The size in bytes of a temporary file. */
export function fileSize(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().getFileInfo({
      filePath: path,
      success: (result) => resolve(result.size),
      fail: reject,
    });
  });
}

const TURNED = ['left', 'left-mirrored', 'right', 'right-mirrored'];

/** The upright size of an image the mini-program can decode, or null when it cannot. */
export async function imageSize(path: string): Promise<{ width: number; height: number } | null> {
  try {
    const info = await Taro.getImageInfo({ src: path });
    return TURNED.includes(info.orientation)
      ? { width: info.height, height: info.width }
      : { width: info.width, height: info.height };
  } catch {
    return null;
  }
}
