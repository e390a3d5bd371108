/** The mock gateway's transport-neutral request and reply, and the envelope builders. */
import type { ApiEnvelope, ErrorCode, FieldProblem } from '../types';
import { formatGatewayTime, type MockClock } from './model/clock';

export interface MockRequest {
  method: string;
  /** Path after the base URL, e.g. '/config' or '/notices/n-1'. */
  path: string;
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /**
   * Parsed JSON; the raw text when it is not JSON; undefined when empty. For binary content types
   * (image/*, multipart/form-data, application/octet-stream: photo uploads) the raw bytes as a
   * Uint8Array, possibly empty.
   */
  body: unknown;
}

export type MockReply =
  | {
      kind: 'response';
      status: number;
      headers: Record<string, string>;
      body: ApiEnvelope<unknown>;
    }
  | { kind: 'network-error' }
  | { kind: 'hang' };

/**
 * A success envelope stamped with the mock clock, as every gateway answer is. The data is copied
 * through JSON, as the wire would, so no caller can change seed data or state through an answer.
 */
export function okReply<T>(clock: MockClock, data: T, status = 200): MockReply {
  const copy = JSON.parse(JSON.stringify(data)) as T;
  const body: ApiEnvelope<T> = { ok: true, data: copy, serverTime: formatGatewayTime(clock.now()) };
  return { kind: 'response', status, headers: {}, body };
}

export interface FailureOptions {
  detail?: string;
  fields?: FieldProblem[];
  headers?: Record<string, string>;
}

/** A failure envelope with an error code from types/error-codes.ts. */
export function failReply(
  clock: MockClock,
  status: number,
  code: ErrorCode,
  options: FailureOptions = {},
): MockReply {
  const error: { code: ErrorCode; detail?: string; fields?: FieldProblem[] } = { code };
  if (options.detail !== undefined) error.detail = options.detail;
  if (options.fields !== undefined) error.fields = options.fields;
  const body: ApiEnvelope<never> = { ok: false, error, serverTime: formatGatewayTime(clock.now()) };
  return { kind: 'response', status, headers: { ...options.headers }, body };
}

/** Reads a request body's text the way the gateway does: JSON if it parses, else the raw text. */
export function parseBodyText(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Content types whose bodies reach handlers as raw bytes (photo uploads), not as text. */
export function isBinaryContentType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type.startsWith('image/') ||
    type === 'multipart/form-data' ||
    type === 'application/octet-stream'
  );
}
