/**
 * Random identifiers for drafts and idempotency keys. Uses the platform's cryptographic random
 * source where it has one (H5 webviews), else Math.random (older mini-program runtimes).
 */
export function randomId(prefix = ''): string {
  const bytes = new Uint8Array(16);
  const source = (globalThis as { crypto?: { getRandomValues?: (b: Uint8Array) => void } }).crypto;
  if (source?.getRandomValues) {
    source.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  }
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${prefix}${hex}`;
}
