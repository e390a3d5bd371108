import { SESSION_HEADER, UploadRefSchema, type UploadRef } from '@contract';
import type { PreparedPhoto } from '@/platform/images/photo-file';
import { sendUpload } from '@/platform/upload/send-upload';
import {
  UploadFailure,
  type SendUpload,
  type UploadResponse,
} from '@/platform/upload/upload-types';
import { parseRetryAfter } from './backoff';
import { readEnvelope } from './envelope';
import { gatewayUploadSettings } from './gateway-client';
import { GatewayError, type FailureCode } from './gateway-error';
import { parserOf } from './enrollment-parsers';

/** The parent cancelled the upload; not an error to show. */
export class UploadCancelled extends Error {
  constructor() {
    super('upload cancelled');
    this.name = 'UploadCancelled';
  }
}

export interface UploadOptions {
  /** Share of the bytes sent, 0-1. */
  onProgress?: (fraction: number) => void;
  /** The platform sender; replaced in tests. */
  send?: SendUpload;
  idleTimeoutMs?: number;
}

export interface UploadTask {
  /** The gateway's reference; rejects with GatewayError or UploadCancelled. */
  result: Promise<UploadRef>;
  cancel(): void;
}

const parseUploadRef = parserOf(UploadRefSchema);

function codeForStatus(status: number): FailureCode {
  if (status === 401) return 'SESSION_EXPIRED';
  // A proxy in front of the gateway may refuse by itself, without the gateway's envelope.
  if (status === 413) return 'UPLOAD_TOO_LARGE';
  if (status === 415) return 'UPLOAD_NOT_IMAGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'UNAVAILABLE';
  return status >= 500 ? 'SERVER_ERROR' : 'BAD_RESPONSE';
}

function readAnswer(response: UploadResponse): UploadRef | GatewayError {
  const envelope = readEnvelope(response.body);
  if (envelope) gatewayUploadSettings().onServerTime?.(envelope.serverTime);
  if (response.status >= 200 && response.status < 300 && envelope?.ok) {
    return parseUploadRef(envelope.data) ?? new GatewayError('BAD_RESPONSE', response.status);
  }
  const retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
  return envelope && !envelope.ok
    ? new GatewayError(envelope.error.code, response.status, retryAfterMs, envelope.error.fields)
    : new GatewayError(codeForStatus(response.status), response.status, retryAfterMs);
}

/**
 * Uploads a prepared photo to the gateway (FAQ 12), reporting progress, with the session token,
 * and one renewal through the host plus one replay when the session has expired, as every
 * other gateway call. Not retried by itself: after a network failure the parent taps retry,
 * and the photo is sent again without being compressed again.
 */
export function uploadPhoto(photo: PreparedPhoto, options: UploadOptions = {}): UploadTask {
  const send = options.send ?? sendUpload;
  let current: { abort(): void } | null = null;
  let cancelled = false;

  async function attempt(renewed: boolean): Promise<UploadRef> {
    if (cancelled) throw new UploadCancelled();
    const { baseUrl, session } = gatewayUploadSettings();
    const token = session?.getToken();
    const handle = send({
      url: `${baseUrl}/uploads`,
      headers: token ? { [SESSION_HEADER]: token } : {},
      file: photo.file,
      mimeType: photo.mimeType,
      onProgress: (sent, total) => options.onProgress?.(total > 0 ? Math.min(1, sent / total) : 0),
      idleTimeoutMs: options.idleTimeoutMs ?? 30_000,
    });
    current = handle;
    let response: UploadResponse;
    try {
      response = await handle.response;
    } catch (error) {
      if (cancelled || (error instanceof UploadFailure && error.kind === 'cancelled')) {
        throw new UploadCancelled();
      }
      const timeout = error instanceof UploadFailure && error.kind === 'timeout';
      throw new GatewayError(timeout ? 'TIMEOUT' : 'NETWORK', null);
    }
    const answer = readAnswer(response);
    if (!(answer instanceof GatewayError)) return answer;
    if (answer.code === 'SESSION_EXPIRED' && session && !renewed && (await session.renew())) {
      return attempt(true);
    }
    throw answer;
  }

  return {
    result: attempt(false),
    cancel() {
      cancelled = true;
      current?.abort();
    },
  };
}
