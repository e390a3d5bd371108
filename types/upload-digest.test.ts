import { createHash } from 'node:crypto';
import { sha256Hex } from './upload-digest';

const nodeHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  it('matches the standard test vectors', () => {
    expect(sha256Hex(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it.each([55, 56, 63, 64, 65, 119, 1000, 65_537])(
    'matches Node for %d bytes (every padding case)',
    (length) => {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      expect(sha256Hex(bytes)).toBe(nodeHash(bytes));
    },
  );

  it('hashes a view into a larger buffer by its own bytes only', () => {
    const buffer = Uint8Array.from({ length: 300 }, (_, i) => i & 0xff);
    const view = buffer.subarray(13, 213);
    expect(sha256Hex(view)).toBe(nodeHash(view));
  });
});

describe('the digest of a photo', () => {
  it('tells two photos one byte apart', () => {
    const a = new Uint8Array(5000).fill(9);
    const b = Uint8Array.from(a);
    b[4321] = 10;
    expect(sha256Hex(a)).not.toBe(sha256Hex(b));
  });
});
