import {
  parseResponseText,
  UploadFailure,
  type UploadHandle,
  type UploadRequest,
  type UploadResponse,
} from './upload-types';

function headersOf(xhr: XMLHttpRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * Sends a photo's bytes with XMLHttpRequest, the one browser API that reports upload progress
 * (fetch does not), so the parent sees the bar move on a weak network (FAQ 12). Times out only
 * when nothing has moved for `idleTimeoutMs`, so a slow but working upload is never cut off.
 */
export function sendUpload(request: UploadRequest): UploadHandle {
  const xhr = new XMLHttpRequest();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const response = new Promise<UploadResponse>((resolve, reject) => {
    const fail = (kind: UploadFailure['kind']) => {
      clearTimeout(timer);
      reject(new UploadFailure(kind));
    };
    const idle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        xhr.abort();
        fail('timeout');
      }, request.idleTimeoutMs);
    };
    if (request.file.kind !== 'blob') throw new TypeError('the H5 build uploads Blobs only');
    const body = request.file.blob;
    xhr.open('POST', request.url);
    xhr.setRequestHeader('Content-Type', request.mimeType);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      idle();
      request.onProgress(event.loaded, event.lengthComputable ? event.total : body.size);
    };
    xhr.onload = () => {
      clearTimeout(timer);
      resolve({
        status: xhr.status,
        headers: headersOf(xhr),
        body: parseResponseText(xhr.responseText),
      });
    };
    xhr.onerror = () => fail('network');
    xhr.onabort = () => fail(timedOut ? 'timeout' : 'cancelled');
    idle();
    xhr.send(body);
  });
  return {
    response,
    abort: () => xhr.abort(),
  };
}
