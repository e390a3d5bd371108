/** Small images the suite uploads: a whole baseline JPEG, and broken variants of it. */

// A 1 x 1 grey baseline JPEG (SOI, DQT, SOF0, DHT, SOS with scan data, EOI).
const TINY_JPEG_HEX =
  'ffd8ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e27' +
  '20222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f0000' +
  '010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000' +
  '017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a' +
  '25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a83' +
  '8485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4' +
  'd5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9';

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** A whole JPEG of 1 x 1 pixels. */
export function tinyJpeg(): Uint8Array {
  return fromHex(TINY_JPEG_HEX);
}

/** The same JPEG cut off inside its scan data: the header is whole, the picture is not. */
export function truncatedJpeg(): Uint8Array {
  const whole = tinyJpeg();
  return whole.subarray(0, whole.length - 3);
}

/** A JPEG-looking body one byte over `limit` (never decoded: the size alone refuses it). */
export function oversizedBody(limit: number): Uint8Array {
  const bytes = new Uint8Array(limit + 1);
  bytes.set(tinyJpeg());
  return bytes;
}
