import { deflateRawSync, deflateSync } from 'node:zlib';
import { inflateRaw, inflateZlib } from './inflate';

const text = new TextEncoder().encode('济南市历下区样例路100号 '.repeat(400));

describe('inflate', () => {
  it.each([0, 1, 6, 9])('gives back what zlib level %i compressed', (level) => {
    const packed = new Uint8Array(deflateSync(text, { level }));
    expect(inflateZlib(packed, text.length)).toEqual(text);
  });

  it('reads fixed-code blocks too', () => {
    const packed = new Uint8Array(deflateRawSync(Buffer.from('ab'), { strategy: 4 }));
    expect(new TextDecoder().decode(inflateRaw(packed, 10) ?? new Uint8Array())).toBe('ab');
  });

  it('refuses a stream cut off before its end', () => {
    const packed = new Uint8Array(deflateSync(text));
    expect(inflateZlib(packed.subarray(0, packed.length - 20), text.length)).toBeNull();
  });

  it('refuses to grow past the limit (a decompression bomb)', () => {
    const zeros = new Uint8Array(deflateSync(new Uint8Array(1_000_000)));
    expect(inflateZlib(zeros, 1000)).toBeNull();
  });
});
