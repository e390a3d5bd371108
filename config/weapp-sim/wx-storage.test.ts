import { WxStorage } from './wx-storage';

describe("the mini-program storage stand-in keeps WeChat's limits", () => {
  it('refuses a value over 1 MB and keeps the earlier one', () => {
    const storage = new WxStorage();
    expect(storage.set('drafts', 'small')).toBeNull();
    expect(storage.set('drafts', 'x'.repeat(1024 * 1024))).toMatch(/item max length/);
    expect(storage.get('drafts')).toBe('"small"');
  });

  it('refuses a write that would take all keys over 10 MB, counting replaced values once', () => {
    const storage = new WxStorage();
    for (let i = 0; i < 10; i += 1)
      expect(storage.set(`k${i}`, 'x'.repeat(1000 * 1000))).toBeNull();
    expect(storage.set('one-more', 'x'.repeat(500 * 1000))).toMatch(/max size 10MB/);
    expect(storage.set('k0', 'y'.repeat(1000 * 1000))).toBeNull();
  });
});
