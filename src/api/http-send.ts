/**
 * The one place the gateway client touches `Taro.request`. Everything above it works with plain
 * request/response values, so the retry and session logic is tested without Taro.
 */
import Taro from '@tarojs/taro';

export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
}

export interface RawResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: unknown;
}

/** Sends one request; rejects only when no HTTP answer arrived (network failure or timeout). */
export type RawSend = (request: RawRequest) => Promise<RawResponse>;

/** Why no HTTP answer arrived. */
export class TransportFailure extends Error {
  constructor(readonly kind: 'network' | 'timeout') {
    super(kind === 'timeout' ? 'gateway request timed out' : 'gateway unreachable');
    this.name = 'TransportFailure';
  }
}

function lowerCaseKeys(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (headers && typeof headers === 'object') {
    for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
      result[key.toLowerCase()] = String(value);
    }
  }
  return result;
}

/** Sends a request with `Taro.request`, enforcing our own timeout on every platform. */
export function taroSend(request: RawRequest): Promise<RawResponse> {
  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    const task = Taro.request({
      url: request.url,
      method: request.method,
      header: { 'content-type': 'application/json', ...request.headers },
      data: request.body as Record<string, unknown> | undefined,
      dataType: 'json',
      timeout: request.timeoutMs + 1000,
    });
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      (task as { abort?: () => void }).abort?.();
      reject(new TransportFailure('timeout'));
    }, request.timeoutMs);
    task.then(
      (response) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({
          status: response.statusCode,
          headers: lowerCaseKeys(response.header),
          body: response.data,
        });
      },
      () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(new TransportFailure('network'));
      },
    );
  });
}
