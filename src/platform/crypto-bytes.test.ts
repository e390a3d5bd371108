import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './crypto-bytes';

const SAMPLES = [
  '',
  'a',
  '李沐阳 370102201510180033',
  'emoji 👨‍👩‍👧 and 𠮷',
  JSON.stringify({ name: '王若溪', note: 'line\nbreak "quoted" \\ slash' }),
];

describe('plain-JavaScript UTF-8 and base64 for the mini-program', () => {
  it.each(SAMPLES)('encodes %j to the same UTF-8 bytes as Node and reads them back', (text) => {
    const bytes = utf8Encode(text);
    expect(Buffer.from(bytes).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(utf8Decode(bytes)).toBe(text);
  });

  it('replaces a lone surrogate as TextEncoder does', () => {
    expect(Buffer.from(utf8Encode('a\ud800b')).toString('utf8')).toBe('a\ufffdb');
  });

  it('refuses malformed UTF-8 instead of guessing', () => {
    expect(() => utf8Decode(Uint8Array.from([0xe6, 0x9d]))).toThrow('malformed');
    expect(() => utf8Decode(Uint8Array.from([0xc0, 0x80]))).toThrow('malformed');
    expect(() => utf8Decode(Uint8Array.from([0xed, 0xa0, 0x80]))).toThrow('malformed');
  });

  it('writes the same base64 as Node for every length remainder and reads it back', () => {
    for (let length = 0; length < 70; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) & 255);
      const text = base64Encode(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(Buffer.from(base64Decode(text)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('gives an empty array for text that is not base64', () => {
    expect(base64Decode('abc')).toHaveLength(0);
    expect(base64Decode('ab$=')).toHaveLength(0);
    expect(base64Decode('a=bc')).toHaveLength(0);
  });
});
