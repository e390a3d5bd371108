import type { ErrorCode, UploadRef } from '@contract';
import type { PreparedPhoto } from '@/platform/images/photo-file';
import {
  UploadFailure,
  type UploadRequest,
  type UploadResponse,
} from '@/platform/upload/upload-types';
import { configureGateway } from './gateway-client';
import { GatewayError } from './gateway-error';
import { UploadCancelled, uploadPhoto } from './upload-api';

const SERVER_TIME = '2022-07-05T10:00:00.000+08:00';
const REF: UploadRef = {
  id: 'up-1',
  bytes: 900_000,
  width: 2339,
  height: 1754,
  sha256: 'ab'.repeat(32),
  mimeType: 'image/jpeg',
};
const PHOTO: PreparedPhoto = {
  file: { kind: 'blob', blob: new Blob(['jpeg bytes'], { type: 'image/jpeg' }) },
  mimeType: 'image/jpeg',
  bytes: 900_000,
  width: 2339,
  height: 1754,
  previewUrl: 'blob:preview',
};

type Step = UploadResponse | UploadFailure;

const answer = (data: unknown, status = 201): UploadResponse => ({
  status,
  headers: {},
  body: { ok: true, data, serverTime: SERVER_TIME },
});
const refusal = (status: number, code: ErrorCode, headers = {}): UploadResponse => ({
  status,
  headers,
  body: { ok: false, error: { code }, serverTime: SERVER_TIME },
});

/** A scripted sender: each upload takes the next step and reports half, then all, sent. */
function scripted(...steps: Step[]) {
  const requests: UploadRequest[] = [];
  const abort = jest.fn();
  const send = (request: UploadRequest) => {
    requests.push(request);
    const step = steps.shift();
    request.onProgress(500, 1000);
    request.onProgress(1000, 1000);
    const response =
      step instanceof UploadFailure || step === undefined
        ? Promise.reject(step ?? new Error('unexpected upload'))
        : Promise.resolve(step);
    return { response, abort };
  };
  return { send, requests, abort };
}

let token = 'token-1';
const renew = jest.fn(async () => {
  token = 'token-2';
  return true;
});
const onServerTime = jest.fn();

beforeEach(() => {
  token = 'token-1';
  configureGateway({
    baseUrl: 'http://gateway.test/gateway',
    session: { getToken: () => token, renew },
    onServerTime,
  });
});

describe('uploadPhoto', () => {
  it('posts the JPEG with its type and the session token, and answers the reference', async () => {
    const { send, requests } = scripted(answer(REF));
    const progress: number[] = [];
    const ref = await uploadPhoto(PHOTO, { send, onProgress: (f) => progress.push(f) }).result;
    expect(ref).toEqual(REF);
    expect(requests[0]).toMatchObject({
      url: 'http://gateway.test/gateway/uploads',
      headers: { 'X-Session-Token': 'token-1' },
      mimeType: 'image/jpeg',
      file: PHOTO.file,
    });
    expect(progress).toEqual([0.5, 1]);
    expect(onServerTime).toHaveBeenCalledWith(SERVER_TIME);
  });

  it('renews an expired session through the host once and sends the photo again', async () => {
    const { send, requests } = scripted(refusal(401, 'SESSION_EXPIRED'), answer(REF));
    await expect(uploadPhoto(PHOTO, { send }).result).resolves.toEqual(REF);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => r.headers['X-Session-Token'])).toEqual(['token-1', 'token-2']);
  });

  it('stops after one renewal when the session is refused again', async () => {
    const { send } = scripted(refusal(401, 'SESSION_EXPIRED'), refusal(401, 'SESSION_EXPIRED'));
    await expect(uploadPhoto(PHOTO, { send }).result).rejects.toMatchObject({
      code: 'SESSION_EXPIRED',
    });
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a dropped connection', new UploadFailure('network'), 'NETWORK'],
    ['a stalled upload', new UploadFailure('timeout'), 'TIMEOUT'],
    ['the gateway refusing a large photo', refusal(413, 'UPLOAD_TOO_LARGE'), 'UPLOAD_TOO_LARGE'],
    ['the gateway refusing a non-image', refusal(415, 'UPLOAD_NOT_IMAGE'), 'UPLOAD_NOT_IMAGE'],
    [
      'a proxy refusing a large photo',
      { status: 413, headers: {}, body: '<html>' },
      'UPLOAD_TOO_LARGE',
    ],
    ['a proxy failing', { status: 502, headers: {}, body: 'Bad Gateway' }, 'SERVER_ERROR'],
    ['an answer without a full reference', answer({ id: 'up-1' }), 'BAD_RESPONSE'],
  ] as const)('turns %s into the error code %s the slot can explain', async (_name, step, code) => {
    const { send, requests } = scripted(step);
    const error = await uploadPhoto(PHOTO, { send }).result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code });
    expect(requests).toHaveLength(1);
  });

  it('carries Retry-After of a busy gateway so the parent is told how long to wait', async () => {
    const { send } = scripted(refusal(503, 'UNAVAILABLE', { 'retry-after': '20' }));
    await expect(uploadPhoto(PHOTO, { send }).result).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      retryAfterMs: 20_000,
    });
  });

  it('aborts the sender when cancelled and rejects with UploadCancelled', async () => {
    const abort = jest.fn();
    let fail: (error: unknown) => void = () => undefined;
    const send = () => ({
      response: new Promise<UploadResponse>((_resolve, reject) => (fail = reject)),
      abort: () => {
        abort();
        fail(new UploadFailure('cancelled'));
      },
    });
    const task = uploadPhoto(PHOTO, { send });
    task.cancel();
    await expect(task.result).rejects.toBeInstanceOf(UploadCancelled);
    expect(abort).toHaveBeenCalledTimes(1);
  });
});
