import Taro from '@tarojs/taro';

/** Why the device refused to store something. */
export class StorageFailure extends Error {
  constructor(readonly kind: 'full' | 'unavailable') {
    super(kind === 'full' ? 'device storage is full' : 'device storage is unavailable');
    this.name = 'StorageFailure';
  }
}

function classify(error: unknown): StorageFailure {
  const text = String((error as { errMsg?: unknown; name?: unknown })?.errMsg ?? error);
  return new StorageFailure(/quota|exceed|full|limit/i.test(text) ? 'full' : 'unavailable');
}

/**
 * Device key-value storage over Taro (localStorage on H5, the mini-program storage on weapp).
 * Values are strings; callers serialise and, for personal data, encrypt before writing.
 */
export const deviceStorage = {
  read(key: string): string | null {
    try {
      const value: unknown = Taro.getStorageSync(key);
      return typeof value === 'string' && value.length > 0 ? value : null;
    } catch {
      return null;
    }
  },
  /** Throws StorageFailure when the device cannot keep the value (full, private mode, ...). */
  write(key: string, value: string): void {
    try {
      Taro.setStorageSync(key, value);
    } catch (error) {
      throw classify(error);
    }
  },
  remove(key: string): void {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // Nothing to remove is as good as removed.
    }
  },
};
