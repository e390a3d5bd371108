/**
 * Mini-program storage with WeChat's limits: a value may take at most 1 MB, all keys together
 * at most 10 MB. It outlives a relaunch of the mini-program, as the device's storage does.
 */
const KEY_LIMIT = 1024 * 1024;
const TOTAL_LIMIT = 10 * 1024 * 1024;

export class WxStorage {
  readonly items = new Map<string, string>();

  private sizeOf(key: string, json: string): number {
    return Buffer.byteLength(key) + Buffer.byteLength(json);
  }

  used(): number {
    let total = 0;
    for (const [key, json] of this.items) total += this.sizeOf(key, json);
    return total;
  }

  /** Stores a value, or answers WeChat's error text when a limit refuses it. */
  set(key: string, value: unknown): string | null {
    if (typeof key !== 'string' || key === '') return 'setStorageSync:fail parameter error';
    const json = JSON.stringify(value ?? null);
    if (Buffer.byteLength(json) > KEY_LIMIT) {
      return 'setStorageSync:fail exceed storage item max length';
    }
    const before = this.items.get(key);
    const after = this.used() - (before === undefined ? 0 : this.sizeOf(key, before));
    if (after + this.sizeOf(key, json) > TOTAL_LIMIT) {
      return 'setStorageSync:fail exceed storage max size 10MB';
    }
    this.items.set(key, json);
    return null;
  }

  /** The stored value as JSON text, or undefined. */
  get(key: string): string | undefined {
    return this.items.get(key);
  }

  remove(key: string): void {
    this.items.delete(key);
  }
}
