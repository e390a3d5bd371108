import Taro from '@tarojs/taro';
import {
  parseResponseText,
  UploadFailure,
  type UploadHandle,
  type UploadRequest,
  type UploadResponse,
} from './upload-types';

/**
 * Sends a photo with Taro.uploadFile, the mini-program's only upload with progress. It posts
 * multipart/form-data (field "file"); the gateway takes that as well as raw image bytes.
 */
export function sendUpload(request: UploadRequest): UploadHandle {
  let aborted = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let task: Taro.UploadTask | null = null;
  const response = new Promise<UploadResponse>((resolve, reject) => {
    if (request.file.kind !== 'path') throw new TypeError('the mini-program uploads files only');
    const idle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        task?.abort();
        reject(new UploadFailure('timeout'));
      }, request.idleTimeoutMs);
    };
    task = Taro.uploadFile({
      url: request.url,
      filePath: request.file.path,
      name: 'file',
      header: request.headers,
      success: (result) => {
        clearTimeout(timer);
        resolve({ status: result.statusCode, headers: {}, body: parseResponseText(result.data) });
      },
      fail: () => {
        clearTimeout(timer);
        reject(new UploadFailure(aborted ? 'cancelled' : 'network'));
      },
    });
    task.onProgressUpdate((progress) => {
      idle();
      request.onProgress(progress.totalBytesSent, progress.totalBytesExpectedToSend);
    });
    idle();
  });
  return {
    response,
    abort() {
      aborted = true;
      task?.abort();
    },
  };
}
