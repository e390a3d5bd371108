import type { BrowserContext, Page } from 'playwright-core';

/**
 * One answer of the simulated host to a `user.getTicket` or `user.loginapp` call, in the shapes
 * the real Love Shandong bridge uses (../shared/design/HOST.md) and no other:
 * - `envelope`: success with the JSON string `{"retcode":"000000","data":"{\"ticket\":…,\"usertype\":…}"}`;
 * - `legacy`: success with the older JSON string `{"type":…,"ticket":…}`;
 * - `say`: success with one of the plain strings;
 * - `fail`: the fail callback with a string or an object;
 * - `throws`: the call throws; `never`: it never calls back;
 * - `twice`: success with an envelope, then again with another ticket.
 */
export type HostAnswer =
  | { envelope: { usertype?: string } }
  | { legacy: { type?: string } }
  | { say: '未登录' | '取消登录' | '用户拒绝授权' }
  | { fail: unknown }
  | { throws: string }
  | { never: true }
  | { twice: true };

export interface SimulatedHost {
  /** Which host app it plays: the mock gateway accepts `<hostId>:<parentId>:<nonce>` tickets. */
  hostId: 'ishandong' | 'quancheng';
  parentId?: string;
  /** One answer per call; the last one repeats. */
  getTicket: HostAnswer[];
  /** Answers of `user.loginapp`; without them the bridge has no loginapp. */
  loginapp?: HostAnswer[];
  /** Inject `window.lightAppJssdk` this long after the page starts (the loader script's delay). */
  injectAfterMs?: number;
  /**
   * Answers of `media.chooseImage`, one per call (the last repeats): the list of picture URLs
   * as `picPath`, at the top of the answer or under `data`.
   */
  chooseImage?: ({ picPath: string[] } | { data: { picPath: string[] } })[];
}

/** What the simulated host was asked, in order (`window.__simulatedHost.calls`). */
export interface HostCall {
  api: string;
  options: Record<string, unknown>;
}

/** The user agent of the Love Shandong app on Android (`hanweb` token). */
export const LOVE_SHANDONG_UA =
  'Mozilla/5.0 (Linux; Android 10; HMA-AL00 Build/HUAWEIHMA-AL00; wv) AppleWebKit/537.36 ' +
  '(KHTML, like Gecko) Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36 hanweb';

/** The Quancheng Office app: the default configured token (`TARO_APP_QUANCHENG_UA_TOKEN`). */
export const QUANCHENG_UA = `${LOVE_SHANDONG_UA} quancheng/2.1`;

/** Runs inside the page, before the app: must stay self-contained (no closures over Node). */
function installHost(host: SimulatedHost): void {
  const record = { calls: [] as HostCall[] };
  (window as unknown as { __simulatedHost: typeof record }).__simulatedHost = record;
  const queues: Record<string, HostAnswer[]> = {
    'user.getTicket': host.getTicket.slice(),
    'user.loginapp': (host.loginapp ?? []).slice(),
  };
  const pictures = (host.chooseImage ?? []).slice();
  // Only the plain values of a call's options: the callbacks cannot leave the page.
  const note = (api: string, options: Record<string, unknown>) => {
    const plain: Record<string, unknown> = {};
    for (const key of Object.keys(options)) {
      if (typeof options[key] !== 'function') plain[key] = options[key];
    }
    record.calls.push({ api, options: plain });
  };
  const ticket = () =>
    `${host.hostId}:${host.parentId ?? 'p-all-verified'}:${Math.random().toString(36).slice(2)}`;
  const envelope = (usertype: string) =>
    JSON.stringify({ retcode: '000000', data: JSON.stringify({ ticket: ticket(), usertype }) });
  type Callbacks = { success(result: unknown): void; fail(error: unknown): void };

  function answer(api: string, options: Callbacks) {
    note(api, options as unknown as Record<string, unknown>);
    const queue = queues[api] ?? [];
    const next = (queue.length > 1 ? queue.shift() : queue[0]) ?? { never: true };
    if ('throws' in next) throw new TypeError(next.throws);
    if ('never' in next) return;
    setTimeout(() => {
      if ('envelope' in next) options.success(envelope(next.envelope.usertype ?? '1'));
      else if ('legacy' in next) {
        options.success(JSON.stringify({ type: next.legacy.type ?? '1', ticket: ticket() }));
      } else if ('say' in next) options.success(next.say);
      else if ('fail' in next) options.fail(next.fail);
      else if ('twice' in next) {
        options.success(envelope('1'));
        setTimeout(() => options.success(envelope('1')), 5);
      }
    }, 30);
  }

  const sdk: Record<string, unknown> = {
    user: {
      getTicket: (options: Callbacks) => answer('user.getTicket', options),
      ...(host.loginapp
        ? { loginapp: (options: Callbacks) => answer('user.loginapp', options) }
        : {}),
    },
    device: {
      call: (options: Record<string, unknown>) => note('device.call', options),
    },
    navigation: { close: () => undefined },
    media: {
      chooseImage: (options: Callbacks & Record<string, unknown>) => {
        note('media.chooseImage', options);
        const next = (pictures.length > 1 ? pictures.shift() : pictures[0]) ?? { picPath: [] };
        setTimeout(() => options.success(next), 30);
      },
    },
  };
  const inject = () => {
    (window as unknown as { lightAppJssdk: unknown }).lightAppJssdk = sdk;
  };
  if (host.injectAfterMs) setTimeout(inject, host.injectAfterMs);
  else inject();
}

/** Makes every page of `context` open inside the simulated host app. */
export async function playHost(context: BrowserContext, host: SimulatedHost): Promise<void> {
  await context.addInitScript(installHost, host);
}

/** The calls the simulated host has received in `page`. */
export function hostCalls(page: Page): Promise<HostCall[]> {
  return page.evaluate(
    () =>
      (window as unknown as { __simulatedHost?: { calls: HostCall[] } }).__simulatedHost?.calls ??
      [],
  );
}
