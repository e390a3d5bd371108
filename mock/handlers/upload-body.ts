/**
 * The photo bytes of a `POST /uploads` request: the raw body (H5 sends image/jpeg), or the part
 * named "file" of a multipart/form-data body (the mini-program's uploadFile can send no other).
 */
import type { MockRequest } from '../reply';

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function filePart(body: Uint8Array, boundary: string): Uint8Array | null {
  const encoder = new TextEncoder();
  const delimiter = encoder.encode(`--${boundary}`);
  const headerEnd = encoder.encode('\r\n\r\n');
  let at = indexOf(body, delimiter, 0);
  while (at >= 0) {
    const headersStart = at + delimiter.length + 2;
    const headersEnd = indexOf(body, headerEnd, headersStart);
    if (headersEnd < 0) return null;
    const next = indexOf(body, delimiter, headersEnd);
    if (next < 0) return null;
    const headers = new TextDecoder().decode(body.subarray(headersStart, headersEnd));
    if (/name="file"/i.test(headers)) return body.subarray(headersEnd + 4, next - 2);
    at = next;
  }
  return null;
}

/** The uploaded file's bytes, or null when the request carries none the gateway can read. */
export function readUploadBytes(req: MockRequest): Uint8Array | null {
  const body = req.body;
  if (!ArrayBuffer.isView(body)) return null;
  const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const contentType = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(contentType)) return bytes;
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  return boundary ? filePart(bytes, boundary) : null;
}
