import { createHash } from 'node:crypto';
import { sha256Hex } from './content-hash';

const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the content hash of a photo', () => {
  it('is the SHA-256 the gateway answers, for every tail length around a block', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(sha256Hex(bytes)).toBe(reference(bytes));
    }
  });

  it('reads only the bytes of a view into a larger buffer', () => {
    const buffer = Uint8Array.from({ length: 300 }, (_, i) => i & 0xff);
    const view = buffer.subarray(17, 250);
    expect(sha256Hex(view)).toBe(reference(Uint8Array.from(view)));
  });

  it('tells two photos one byte apart', () => {
    const a = new Uint8Array(5000).fill(9);
    const b = Uint8Array.from(a);
    b[4321] = 10;
    expect(sha256Hex(a)).not.toBe(sha256Hex(b));
  });
});
