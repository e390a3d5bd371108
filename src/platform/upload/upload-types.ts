import type { PhotoFile } from '@/platform/images/photo-file';

/** One upload of a photo's bytes to the gateway (FAQ 12), independent of the platform. */
export interface UploadRequest {
  url: string;
  /** Extra headers (the session token). */
  headers: Record<string, string>;
  file: PhotoFile;
  mimeType: string;
  /** Called as bytes go out: bytes sent so far and in all. */
  onProgress(sent: number, total: number): void;
  /** Give up when nothing moves for this long (a weak network stalls rather than fails). */
  idleTimeoutMs: number;
}

/** The gateway's HTTP answer, body parsed as JSON where it is JSON. */
export interface UploadResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: unknown;
}

/** Why no HTTP answer arrived. */
export class UploadFailure extends Error {
  constructor(readonly kind: 'network' | 'timeout' | 'cancelled') {
    super(`upload ${kind}`);
    this.name = 'UploadFailure';
  }
}

export interface UploadHandle {
  /** The answer; rejects with UploadFailure when none arrived. */
  response: Promise<UploadResponse>;
  abort(): void;
}

export type SendUpload = (request: UploadRequest) => UploadHandle;

/** Parses a response text as JSON, or hands the text back as it came. */
export function parseResponseText(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return text;
  }
}
