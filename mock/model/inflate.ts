/**
 * A small DEFLATE decoder (RFC 1951) in plain JavaScript, so the mock can check that a PNG's
 * pixel data is all there in node and in the browser alike. Answers the inflated bytes, or null
 * for a stream that is cut off, malformed, or would grow past `limit` bytes.
 */

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
];
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

class Truncated extends Error {}

interface Huffman {
  counts: number[];
  symbols: number[];
}

function huffman(lengths: number[]): Huffman {
  const counts = new Array<number>(16).fill(0);
  for (const length of lengths) counts[length] = (counts[length] ?? 0) + 1;
  counts[0] = 0;
  const offsets = new Array<number>(16).fill(0);
  for (let i = 1; i < 16; i += 1) offsets[i] = (offsets[i - 1] ?? 0) + (counts[i - 1] ?? 0);
  const symbols = new Array<number>(lengths.length).fill(0);
  lengths.forEach((length, symbol) => {
    if (length === 0) return;
    const at = offsets[length] ?? 0;
    symbols[at] = symbol;
    offsets[length] = at + 1;
  });
  return { counts, symbols };
}

function reader(data: Uint8Array) {
  let at = 0;
  let bitBuffer = 0;
  let bitCount = 0;
  const bits = (n: number): number => {
    while (bitCount < n) {
      if (at >= data.length) throw new Truncated();
      bitBuffer |= (data[at] ?? 0) << bitCount;
      at += 1;
      bitCount += 8;
    }
    const value = bitBuffer & ((1 << n) - 1);
    bitBuffer >>>= n;
    bitCount -= n;
    return value;
  };
  const decode = (table: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length < 16; length += 1) {
      code |= bits(1);
      const count = table.counts[length] ?? 0;
      if (code - count < first) return table.symbols[index + (code - first)] ?? -1;
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
    throw new Truncated();
  };
  const byteAlign = () => {
    bitBuffer = 0;
    bitCount = 0;
  };
  const bytes = (n: number): Uint8Array => {
    if (at + n > data.length) throw new Truncated();
    const out = data.subarray(at, at + n);
    at += n;
    return out;
  };
  return { bits, decode, byteAlign, bytes };
}

const FIXED_LITERALS = huffman([
  ...new Array<number>(144).fill(8),
  ...new Array<number>(112).fill(9),
  ...new Array<number>(24).fill(7),
  ...new Array<number>(8).fill(8),
]);
const FIXED_DISTANCES = huffman(new Array<number>(30).fill(5));

/** Inflates a raw DEFLATE stream; null when it is incomplete, malformed or larger than `limit`. */
export function inflateRaw(data: Uint8Array, limit: number): Uint8Array | null {
  const input = reader(data);
  const out = new Uint8Array(limit);
  let length = 0;
  const push = (byte: number) => {
    if (length >= limit) throw new Truncated();
    out[length] = byte;
    length += 1;
  };
  try {
    let last = 0;
    while (!last) {
      last = input.bits(1);
      const type = input.bits(2);
      if (type === 0) {
        input.byteAlign();
        const header = input.bytes(4);
        const size = (header[0] ?? 0) | ((header[1] ?? 0) << 8);
        const check = (header[2] ?? 0) | ((header[3] ?? 0) << 8);
        if ((size ^ 0xffff) !== check) return null;
        for (const byte of input.bytes(size)) push(byte);
        continue;
      }
      if (type === 3) return null;
      let literals = FIXED_LITERALS;
      let distances = FIXED_DISTANCES;
      if (type === 2) {
        const literalCount = input.bits(5) + 257;
        const distanceCount = input.bits(5) + 1;
        const codeCount = input.bits(4) + 4;
        const codeLengths = new Array<number>(19).fill(0);
        for (let i = 0; i < codeCount; i += 1) {
          codeLengths[CODE_LENGTH_ORDER[i] ?? 0] = input.bits(3);
        }
        const codes = huffman(codeLengths);
        const lengths: number[] = [];
        while (lengths.length < literalCount + distanceCount) {
          const symbol = input.decode(codes);
          if (symbol < 16) lengths.push(symbol);
          else if (symbol === 16) {
            const previous = lengths[lengths.length - 1];
            if (previous === undefined) return null;
            for (let n = 3 + input.bits(2); n > 0; n -= 1) lengths.push(previous);
          } else if (symbol === 17) {
            for (let n = 3 + input.bits(3); n > 0; n -= 1) lengths.push(0);
          } else if (symbol === 18) {
            for (let n = 11 + input.bits(7); n > 0; n -= 1) lengths.push(0);
          } else return null;
        }
        literals = huffman(lengths.slice(0, literalCount));
        distances = huffman(lengths.slice(literalCount, literalCount + distanceCount));
      }
      for (;;) {
        const symbol = input.decode(literals);
        if (symbol < 0) return null;
        if (symbol < 256) push(symbol);
        else if (symbol === 256) break;
        else {
          const lengthIndex = symbol - 257;
          if (lengthIndex >= 29) return null;
          const copy = (LENGTH_BASE[lengthIndex] ?? 0) + input.bits(LENGTH_EXTRA[lengthIndex] ?? 0);
          const distanceIndex = input.decode(distances);
          if (distanceIndex < 0 || distanceIndex >= 30) return null;
          const distance =
            (DIST_BASE[distanceIndex] ?? 0) + input.bits(DIST_EXTRA[distanceIndex] ?? 0);
          if (distance > length) return null;
          for (let n = 0; n < copy; n += 1) push(out[length - distance] ?? 0);
        }
      }
    }
  } catch (error) {
    if (error instanceof Truncated) return null;
    throw error;
  }
  return out.subarray(0, length);
}

/** Inflates a zlib stream (RFC 1950: a 2-byte header, DEFLATE data, a checksum we do not need). */
export function inflateZlib(data: Uint8Array, limit: number): Uint8Array | null {
  const cmf = data[0] ?? 0;
  const flg = data[1] ?? 0;
  if ((cmf & 0x0f) !== 8 || ((cmf << 8) | flg) % 31 !== 0 || flg & 0x20) return null;
  return inflateRaw(data.subarray(2), limit);
}
