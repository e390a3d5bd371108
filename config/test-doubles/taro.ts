/**
 * A small, honest stand-in for `@tarojs/taro` in jsdom tests: `request` goes through `fetch` so
 * msw answers it exactly as in the browser, navigation is recorded, and storage is in memory.
 * Anything that needs the real Taro runtime is tested in Chromium instead.
 */
import { webcrypto } from 'node:crypto';

type RequestOptions = {
  url: string;
  method?: string;
  header?: Record<string, string>;
  data?: unknown;
};

const storage = new Map<string, unknown>();
export const navigations: string[] = [];
let routerParams: Record<string, string> = {};

function request(options: RequestOptions) {
  const controller = new AbortController();
  const method = options.method ?? 'GET';
  const promise = fetch(options.url, {
    method,
    headers: options.header,
    body: method === 'GET' || options.data === undefined ? undefined : JSON.stringify(options.data),
    signal: controller.signal,
  }).then(async (response) => {
    const text = await response.text();
    let data: unknown = text;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: hand the text over as it came, like Taro does.
    }
    const header: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      header[key] = value;
    });
    return { statusCode: response.status, header, data };
  });
  return Object.assign(promise, { abort: () => controller.abort() });
}

const Taro = {
  request,
  navigateTo: ({ url }: { url: string }) => {
    navigations.push(url);
    return Promise.resolve();
  },
  redirectTo: ({ url }: { url: string }) => {
    navigations.push(url);
    return Promise.resolve();
  },
  navigateBack: () => {
    navigations.push('back');
    return Promise.resolve();
  },
  getCurrentPages: () => [] as { route?: string }[],
  getCurrentInstance: () => ({ router: { params: routerParams } }),
  login: () => Promise.resolve({ code: 'weapp-code' }),
  // The mini-program's secure random source (wx.getRandomValues): Taro does not promisify it, so
  // it answers through `success` with an ArrayBuffer and returns nothing.
  getRandomValues: (options: {
    length: number;
    success?: (result: { randomValues: ArrayBuffer }) => void;
  }): void => {
    const bytes = webcrypto.getRandomValues(new Uint8Array(options.length));
    setTimeout(() => options.success?.({ randomValues: bytes.buffer }), 0);
  },
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => {
    storage.set(key, value);
  },
  removeStorageSync: (key: string) => {
    storage.delete(key);
  },
};

/** Sets the URL parameters the current page sees. */
export function setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}

/** Forgets what earlier tests stored or opened. */
export function resetTaroDouble(): void {
  storage.clear();
  navigations.length = 0;
  routerParams = {};
}

export default Taro;
