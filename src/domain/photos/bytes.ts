/**
 * Bounds-checked readers over the first bytes of a file. A read past the end answers null, so a
 * truncated or hostile header can never throw or read garbage (FAQ 12: any file may arrive).
 */

/** Big-endian (or little-endian) unsigned 16-bit value at `at`, or null past the end. */
export function u16(bytes: Uint8Array, at: number, littleEndian = false): number | null {
  const a = bytes[at];
  const b = bytes[at + 1];
  if (a === undefined || b === undefined || at < 0) return null;
  return littleEndian ? a | (b << 8) : (a << 8) | b;
}

/** Big-endian (or little-endian) unsigned 32-bit value at `at`, or null past the end. */
export function u32(bytes: Uint8Array, at: number, littleEndian = false): number | null {
  const high = u16(bytes, littleEndian ? at + 2 : at, littleEndian);
  const low = u16(bytes, littleEndian ? at : at + 2, littleEndian);
  if (high === null || low === null) return null;
  return high * 0x10000 + low;
}

/** The ASCII text of `length` bytes at `at` ('' when they run past the end). */
export function ascii(bytes: Uint8Array, at: number, length: number): string {
  if (at < 0 || at + length > bytes.length) return '';
  return String.fromCharCode(...bytes.subarray(at, at + length));
}
