/**
 * The `wx` object the built mini-program sees: the APIs it is expected to use, answered like
 * WeChat answers them (callbacks with `errMsg`, tasks with `abort`), the gateway calls answered
 * by the in-process gateway model at absolute https URLs only. Anything else that WeChat has but
 * this app should never call is present and records a failure when called.
 */
import { webcrypto } from 'node:crypto';
import type { MockGateway } from '../../mock/router';
import { readJpegSize, type PhotoFiles } from './photo-files';
import type { WxStorage } from './wx-storage';

type Callbacks = {
  success?: (result: unknown) => void;
  fail?: (error: unknown) => void;
  complete?: (result: unknown) => void;
};
type Options = Callbacks & Record<string, unknown>;

export interface Navigator {
  navigateTo(url: string): string | null;
  redirectTo(url: string): string | null;
  navigateBack(delta: number): string | null;
  reLaunch(url: string): string | null;
}

export interface WxHost {
  gateway: MockGateway;
  gatewayBase: string;
  storage: WxStorage;
  files: PhotoFiles;
  navigator: Navigator;
  /** Who the WeChat user is: wx.login answers a code the gateway model maps to this parent. */
  parentId: string;
  /** Turns a host value into one of the mini-program's own realm (objects, ArrayBuffers). */
  toRealm(value: unknown): unknown;
  toRealmBuffer(bytes: Uint8Array): ArrayBuffer;
  /** Runs a callback into the mini-program later, recording anything it throws. */
  later(run: () => void, delayMs?: number): void;
  fail(message: string): void;
  /** Every wx call in order (name only: no personal data). */
  calls: string[];
  online: boolean;
  networkListeners: Set<(result: unknown) => void>;
  appHideListeners: Set<() => void>;
  appShowListeners: Set<() => void>;
  phoneCalls: string[];
  /** The navigation bar's title, as the pages last set it. */
  navigationBarTitle: string | null;
}

/** APIs WeChat has that this app must never call (a call fails the test). */
const UNEXPECTED = [
  'showModal',
  'showToast',
  'showLoading',
  'hideLoading',
  'showActionSheet',
  'previewImage',
  'chooseImage',
  'saveImageToPhotosAlbum',
  'setClipboardData',
  'getLocation',
  'getUserProfile',
  'getUserInfo',
  'requestPayment',
  'openSetting',
  'authorize',
  'downloadFile',
  'connectSocket',
  'switchTab',
  'getStorage',
  'setStorage',
  'removeStorage',
  'clearStorage',
  'clearStorageSync',
];

function settle(host: WxHost, options: Options, name: string, error: string | null, result = {}) {
  const answer = host.toRealm({ ...result, errMsg: `${name}:${error ? `fail ${error}` : 'ok'}` });
  host.later(() => {
    if (error) options.fail?.(answer);
    else options.success?.(answer);
    options.complete?.(answer);
  });
}

function splitUrl(url: string, base: string): { path: string; query: Record<string, string> } {
  const [path = '', query = ''] = url.slice(base.length).split('?');
  const params: Record<string, string> = {};
  for (const pair of query.split('&').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    params[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  return { path, query: params };
}

function lowerCase(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries((headers ?? {}) as Record<string, unknown>)) {
    out[key.toLowerCase()] = String(value);
  }
  return out;
}

/** Refuses what wx.request refuses: anything but an absolute https URL on the gateway domain. */
function gatewayUrlProblem(host: WxHost, url: unknown): string | null {
  if (typeof url !== 'string' || !/^https:\/\//.test(url)) return `invalid url "${String(url)}"`;
  if (!url.startsWith(`${host.gatewayBase}/`)) return `url not in domain list "${url}"`;
  return null;
}

function request(host: WxHost, options: Options) {
  let aborted = false;
  let answered = false;
  const urlProblem = gatewayUrlProblem(host, options.url);
  const task = {
    abort() {
      if (answered) return;
      aborted = true;
      answered = true;
      settle(host, options, 'request', 'abort');
    },
    onHeadersReceived: () => undefined,
    offHeadersReceived: () => undefined,
  };
  if (urlProblem) {
    host.fail(`wx.request: ${urlProblem}`);
    answered = true;
    settle(host, options, 'request', urlProblem);
    return task;
  }
  if (!host.online) {
    answered = true;
    settle(host, options, 'request', '-1:net::ERR_INTERNET_DISCONNECTED');
    return task;
  }
  const method = String(options.method ?? 'GET').toUpperCase();
  const { path, query } = splitUrl(String(options.url), host.gatewayBase);
  const data = options.data === undefined ? undefined : JSON.parse(JSON.stringify(options.data));
  if (method === 'GET' && data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) query[key] = String(value);
  }
  void host.gateway
    .handle({
      method,
      path,
      query,
      headers: lowerCase(options.header),
      body: method === 'GET' ? undefined : data,
    })
    .then((reply) => {
      if (aborted || reply.kind === 'hang') return;
      answered = true;
      if (reply.kind === 'network-error') {
        settle(host, options, 'request', 'net::ERR_CONNECTION_RESET');
        return;
      }
      settle(host, options, 'request', null, {
        statusCode: reply.status,
        header: reply.headers,
        data: reply.body,
      });
    });
  return task;
}

function multipart(bytes: Uint8Array, boundary: string, header: string): Buffer {
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\n${header}\r\n\r\n`),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

function uploadFile(host: WxHost, options: Options) {
  const progress = new Set<(event: unknown) => void>();
  let aborted = false;
  const task = {
    abort() {
      aborted = true;
    },
    onProgressUpdate: (listener: (event: unknown) => void) => progress.add(listener),
    offProgressUpdate: (listener: (event: unknown) => void) => progress.delete(listener),
    onHeadersReceived: () => undefined,
    offHeadersReceived: () => undefined,
  };
  const urlProblem = gatewayUrlProblem(host, options.url);
  const bytes = host.files.read(String(options.filePath));
  if (urlProblem || !bytes || options.name !== 'file') {
    const problem = urlProblem ?? (bytes ? 'field name must be "file"' : 'file not found');
    host.fail(`wx.uploadFile: ${problem}`);
    settle(host, options, 'uploadFile', problem);
    return task;
  }
  if (!host.online) {
    settle(host, options, 'uploadFile', 'net::ERR_INTERNET_DISCONNECTED');
    return task;
  }
  const boundary = `----WeChatSim${Date.now().toString(16)}`;
  const body = multipart(
    bytes,
    boundary,
    `Content-Disposition: form-data; name="file"; filename="${String(options.filePath).split('/').pop()}"\r\nContent-Type: image/jpeg`,
  );
  const { path, query } = splitUrl(String(options.url), host.gatewayBase);
  for (const share of [0.5, 1]) {
    host.later(() => {
      if (aborted) return;
      const sent = Math.round(body.length * share);
      const event = host.toRealm({
        progress: Math.round(share * 100),
        totalBytesSent: sent,
        totalBytesExpectedToSend: body.length,
      });
      progress.forEach((listener) => listener(event));
    });
  }
  host.later(() => {
    if (aborted) {
      settle(host, options, 'uploadFile', 'abort');
      return;
    }
    void host.gateway
      .handle({
        method: 'POST',
        path,
        query,
        headers: {
          ...lowerCase(options.header),
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body: new Uint8Array(body),
      })
      .then((reply) => {
        if (aborted || reply.kind === 'hang') return;
        if (reply.kind === 'network-error') {
          settle(host, options, 'uploadFile', 'net::ERR_CONNECTION_RESET');
          return;
        }
        // uploadFile answers the body as text, whatever its type.
        settle(host, options, 'uploadFile', null, {
          statusCode: reply.status,
          data: JSON.stringify(reply.body),
        });
      });
  }, 5);
  return task;
}

function fileSystemManager(host: WxHost) {
  return {
    readFile(options: Options) {
      const bytes = host.files.read(String(options.filePath));
      if (!bytes) return settle(host, options, 'readFile', 'no such file or directory');
      const position = Number(options.position ?? 0);
      const length = options.length === undefined ? bytes.length : Number(options.length);
      const slice = bytes.subarray(position, position + length);
      const data = host.toRealmBuffer(slice);
      host.later(() => {
        const answer = host.toRealm({ errMsg: 'readFile:ok' }) as Record<string, unknown>;
        answer.data = data;
        options.success?.(answer);
        options.complete?.(answer);
      });
    },
    getFileInfo(options: Options) {
      const bytes = host.files.read(String(options.filePath));
      if (!bytes) return settle(host, options, 'getFileInfo', 'no such file or directory');
      settle(host, options, 'getFileInfo', null, { size: bytes.length });
    },
  };
}

/** The wx object, with the listeners and answers the tests read back. */
export function createWx(host: WxHost): Record<string, unknown> {
  const api: Record<string, (options: Options) => unknown> = {
    request: (options) => request(host, options),
    uploadFile: (options) => uploadFile(host, options),
    login(options) {
      settle(host, options, 'login', null, {
        code: `weapp:${host.parentId}:${webcrypto.randomUUID()}`,
      });
    },
    getRandomValues(options) {
      const length = Number(options.length);
      const bytes = webcrypto.getRandomValues(new Uint8Array(length));
      host.later(() => {
        const answer = host.toRealm({ errMsg: 'getRandomValues:ok' }) as Record<string, unknown>;
        answer.randomValues = host.toRealmBuffer(bytes);
        options.success?.(answer);
        options.complete?.(answer);
      });
    },
    getStorageSync(key) {
      const json = host.storage.get(key as unknown as string);
      return json === undefined ? '' : host.toRealm(JSON.parse(json));
    },
    setStorageSync(key, value?: unknown) {
      const error = host.storage.set(key as unknown as string, value);
      if (error) throw new Error(error);
    },
    removeStorageSync(key) {
      host.storage.remove(key as unknown as string);
    },
    getStorageInfoSync: () =>
      host.toRealm({
        keys: [...host.storage.items.keys()],
        currentSize: Math.ceil(host.storage.used() / 1024),
        limitSize: 10240,
      }),
    chooseMedia(options) {
      const chosen = host.files.takeChosen();
      if (chosen.length === 0) return settle(host, options, 'chooseMedia', 'cancel');
      settle(host, options, 'chooseMedia', null, {
        type: 'image',
        tempFiles: chosen.map((path) => ({
          tempFilePath: path,
          size: host.files.read(path)?.length ?? 0,
          fileType: 'image',
        })),
      });
    },
    getImageInfo(options) {
      const bytes = host.files.read(String(options.src));
      const size = bytes ? readJpegSize(bytes) : null;
      if (!size) return settle(host, options, 'getImageInfo', 'decode image failed');
      settle(host, options, 'getImageInfo', null, { ...size, type: 'jpeg', orientation: 'up' });
    },
    compressImage(options) {
      const path = host.files.compress(
        String(options.src),
        Number(options.quality ?? 80),
        options.compressedWidth as number | undefined,
        options.compressedHeight as number | undefined,
      );
      if (!path) return settle(host, options, 'compressImage', 'decode image failed');
      settle(host, options, 'compressImage', null, { tempFilePath: path });
    },
    getFileSystemManager: () => fileSystemManager(host),
    navigateTo(options) {
      settle(host, options, 'navigateTo', host.navigator.navigateTo(String(options.url)));
    },
    redirectTo(options) {
      settle(host, options, 'redirectTo', host.navigator.redirectTo(String(options.url)));
    },
    navigateBack(options) {
      const problem = host.navigator.navigateBack(Number(options?.delta ?? 1));
      settle(host, options ?? {}, 'navigateBack', problem);
    },
    reLaunch(options) {
      settle(host, options, 'reLaunch', host.navigator.reLaunch(String(options.url)));
    },
    setNavigationBarTitle(options) {
      if (typeof options.title !== 'string') {
        settle(host, options, 'setNavigationBarTitle', 'parameter error: title should be String');
        return;
      }
      host.navigationBarTitle = options.title;
      settle(host, options, 'setNavigationBarTitle', null);
    },
    makePhoneCall(options) {
      host.phoneCalls.push(String(options.phoneNumber));
      settle(host, options, 'makePhoneCall', null);
    },
    onNetworkStatusChange: (listener) => {
      host.networkListeners.add(listener as unknown as (result: unknown) => void);
    },
    offNetworkStatusChange: (listener) => {
      host.networkListeners.delete(listener as unknown as (result: unknown) => void);
    },
    getNetworkType(options) {
      settle(host, options, 'getNetworkType', null, {
        networkType: host.online ? 'wifi' : 'none',
      });
    },
    onAppHide: (listener) => {
      host.appHideListeners.add(listener as unknown as () => void);
    },
    offAppHide: (listener) => {
      host.appHideListeners.delete(listener as unknown as () => void);
    },
    onAppShow: (listener) => {
      host.appShowListeners.add(listener as unknown as () => void);
    },
    offAppShow: (listener) => {
      host.appShowListeners.delete(listener as unknown as () => void);
    },
    getSystemInfoSync: () =>
      host.toRealm({
        platform: 'android',
        system: 'Android 12',
        SDKVersion: '3.4.0',
        windowWidth: 375,
        windowHeight: 667,
        screenWidth: 375,
        screenHeight: 667,
        pixelRatio: 2,
        language: 'zh_CN',
        version: '8.0.50',
      }),
    getWindowInfo: () =>
      host.toRealm({ windowWidth: 375, windowHeight: 667, pixelRatio: 2, screenWidth: 375 }),
    nextTick(run) {
      host.later(run as unknown as () => void);
    },
  };
  const wx: Record<string, unknown> = {};
  for (const [name, implementation] of Object.entries(api)) {
    wx[name] = (...args: unknown[]) => {
      host.calls.push(name);
      return (implementation as (...a: unknown[]) => unknown)(...args);
    };
  }
  for (const name of UNEXPECTED) {
    wx[name] = () => {
      host.calls.push(name);
      host.fail(`unexpected wx.${name} call`);
    };
  }
  return wx;
}
