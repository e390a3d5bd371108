/**
 * UTF-8 and base64 in plain JavaScript for the mini-program, whose runtime has neither
 * TextEncoder/TextDecoder nor btoa/atob. The output is byte-for-byte what the H5 build's
 * Web Crypto path produces, so a sealed draft reads the same on both.
 */

/** Text to UTF-8 bytes; a lone surrogate becomes U+FFFD as TextEncoder does. */
export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      } else {
        code = 0xfffd;
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      code = 0xfffd;
    }
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) {
      out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    } else {
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
    }
  }
  return Uint8Array.from(out);
}

/** UTF-8 bytes to text; throws on malformed input (an authenticated plaintext never is). */
export function utf8Decode(bytes: Uint8Array): string {
  let text = '';
  let i = 0;
  const continuation = () => {
    const byte = bytes[i];
    i += 1;
    if (byte === undefined || (byte & 0xc0) !== 0x80) throw new Error('malformed UTF-8');
    return byte & 63;
  };
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    i += 1;
    let code: number;
    if (lead < 0x80) code = lead;
    else if (lead >= 0xc2 && lead < 0xe0) code = ((lead & 31) << 6) | continuation();
    else if (lead >= 0xe0 && lead < 0xf0) {
      code = ((lead & 15) << 12) | (continuation() << 6) | continuation();
      if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) throw new Error('malformed UTF-8');
    } else if (lead >= 0xf0 && lead < 0xf5) {
      code = ((lead & 7) << 18) | (continuation() << 12) | (continuation() << 6) | continuation();
      if (code < 0x10000 || code > 0x10ffff) throw new Error('malformed UTF-8');
    } else throw new Error('malformed UTF-8');
    text += String.fromCodePoint(code);
  }
  return text;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes to standard padded base64. */
export function base64Encode(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    text += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63);
    text += b === undefined ? '=' : ALPHABET.charAt((n >> 6) & 63);
    text += c === undefined ? '=' : ALPHABET.charAt(n & 63);
  }
  return text;
}

/** Standard base64 to bytes; invalid text gives an empty array, as the H5 helper does. */
export function base64Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s]/g, '');
  if (clean.length % 4 !== 0 || /[^A-Za-z0-9+/=]|=[^=]/.test(clean)) return new Uint8Array(0);
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((clean.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (ALPHABET.indexOf(clean.charAt(i)) << 18) |
      (ALPHABET.indexOf(clean.charAt(i + 1)) << 12) |
      (Math.max(0, ALPHABET.indexOf(clean.charAt(i + 2))) << 6) |
      Math.max(0, ALPHABET.indexOf(clean.charAt(i + 3)));
    if (at < out.length) out[at++] = n >> 16;
    if (at < out.length) out[at++] = (n >> 8) & 255;
    if (at < out.length) out[at++] = n & 255;
  }
  return out;
}
