import { chooseHostBridge } from './choose-host';
import type { DevHost } from './dev-host';
import type { LightAppJssdk } from './light-app-bridge';

// As in every .env file of the build: no loader script, the default Quancheng Office token.
const ORIGINAL_ENV = {
  ...process.env,
  TARO_APP_JSSDK_URL: '',
  TARO_APP_QUANCHENG_UA_TOKEN: 'quancheng',
};
const ORIGINAL_USER_AGENT = navigator.userAgent;

function setUserAgent(value: string): void {
  Object.defineProperty(window.navigator, 'userAgent', { value, configurable: true });
}

function injectSdk(): jest.Mock {
  const getTicket = jest.fn((options: Parameters<LightAppJssdk['user']['getTicket']>[0]) =>
    options.success({ ticket: 'host-ticket' }),
  );
  (window as unknown as { lightAppJssdk?: LightAppJssdk }).lightAppJssdk = { user: { getTicket } };
  return getTicket;
}

beforeEach(() => {
  process.env = { ...ORIGINAL_ENV };
});

afterEach(() => {
  jest.useRealTimers();
  document.head.innerHTML = '';
  process.env = { ...ORIGINAL_ENV };
  setUserAgent(ORIGINAL_USER_AGENT);
  delete (window as unknown as { lightAppJssdk?: unknown }).lightAppJssdk;
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('chooseHostBridge (H5)', () => {
  it('uses the development host when TARO_APP_HOST is dev', () => {
    process.env.TARO_APP_HOST = 'dev';
    expect(chooseHostBridge().id).toBe('dev');
  });

  it('signs the development host in as the parent named by ?devParent, across reloads', async () => {
    process.env.TARO_APP_HOST = 'dev';
    window.history.replaceState(null, '', '/?devParent=p-migrant-worker');
    await expect(chooseHostBridge().requestTicket()).resolves.toMatchObject({ ok: true });
    window.history.replaceState(null, '', '/');
    const result = await chooseHostBridge().requestTicket();
    expect(result.ok && result.ticket).toMatch(/^dev:p-migrant-worker:/);
  });

  it('remembers a parent chosen in the picker for the rest of the browser session', async () => {
    process.env.TARO_APP_HOST = 'dev';
    (chooseHostBridge() as DevHost).choose('p-all-verified');
    const result = await chooseHostBridge().requestTicket();
    expect(result.ok && result.ticket).toMatch(/^dev:p-all-verified:/);
  });

  it('simulates the host failure named by ?devHostFail once', async () => {
    process.env.TARO_APP_HOST = 'dev';
    window.history.replaceState(null, '', '/?devParent=p-all-verified&devHostFail=refused');
    const host = chooseHostBridge();
    await expect(host.requestTicket()).resolves.toEqual({ ok: false, reason: 'refused' });
    await expect(host.requestTicket()).resolves.toMatchObject({ ok: true });
  });

  it('uses the Love Shandong app with its app id when TARO_APP_HOST is ishandong', async () => {
    process.env.TARO_APP_HOST = 'ishandong';
    process.env.TARO_APP_ISHANDONG_APP_ID = 'ishandong-id';
    const getTicket = injectSdk();
    const host = chooseHostBridge();
    expect(host.id).toBe('ishandong');
    await expect(host.requestTicket()).resolves.toEqual({ ok: true, ticket: 'host-ticket' });
    expect(getTicket.mock.calls[0]?.[0]).toMatchObject({ appId: 'ishandong-id' });
  });

  it('uses the Quancheng Office app when TARO_APP_HOST is quancheng', () => {
    process.env.TARO_APP_HOST = 'quancheng';
    expect(chooseHostBridge().id).toBe('quancheng');
  });

  it('tells the two host apps apart by user agent when TARO_APP_HOST is auto', () => {
    process.env.TARO_APP_HOST = 'auto';
    process.env.TARO_APP_QUANCHENG_UA_TOKEN = 'quancheng';
    setUserAgent('Mozilla/5.0 (Linux; Android 12) hanweb QuanCheng/2.1');
    expect(chooseHostBridge().id).toBe('quancheng');
    setUserAgent('Mozilla/5.0 (Linux; Android 12) hanweb-harmony');
    expect(chooseHostBridge().id).toBe('ishandong');
  });

  it('recognises the Quancheng Office app by the token the build configures', () => {
    process.env.TARO_APP_HOST = 'auto';
    process.env.TARO_APP_QUANCHENG_UA_TOKEN = 'jnqcb';
    setUserAgent('Mozilla/5.0 (Linux; Android 12) hanweb jnqcb/1.0');
    expect(chooseHostBridge().id).toBe('quancheng');
    setUserAgent('Mozilla/5.0 (Linux; Android 12) hanweb quancheng');
    expect(chooseHostBridge().id).toBe('ishandong');
  });

  it('waits for a bridge the host injects after start-up', async () => {
    jest.useFakeTimers();
    process.env.TARO_APP_HOST = 'auto';
    const host = chooseHostBridge();
    const pending = host.requestTicket();
    setTimeout(injectSdk, 500);
    await jest.advanceTimersByTimeAsync(700);
    await expect(pending).resolves.toEqual({ ok: true, ticket: 'host-ticket' });
  });

  it('loads the host’s loader script named by TARO_APP_JSSDK_URL, once', async () => {
    jest.useFakeTimers();
    process.env.TARO_APP_HOST = 'auto';
    process.env.TARO_APP_JSSDK_URL = 'https://host.example/jssdk/loader.js';
    const host = chooseHostBridge();
    const first = host.requestTicket();
    const second = host.requestTicket();
    const scripts = document.querySelectorAll('script[src="https://host.example/jssdk/loader.js"]');
    expect(scripts).toHaveLength(1);
    // What the loader does when it has run: it defines the bridge.
    scripts[0]?.dispatchEvent(new Event('load'));
    injectSdk();
    await jest.advanceTimersByTimeAsync(200);
    await expect(first).resolves.toMatchObject({ ok: true });
    await expect(second).resolves.toMatchObject({ ok: true });
  });

  it('adds no script when TARO_APP_JSSDK_URL is empty', () => {
    jest.useFakeTimers();
    process.env.TARO_APP_HOST = 'auto';
    process.env.TARO_APP_JSSDK_URL = '';
    void chooseHostBridge().requestTicket();
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('answers unavailable when opened outside the host apps, after waiting for a bridge', async () => {
    jest.useFakeTimers();
    process.env.TARO_APP_HOST = 'auto';
    const pending = chooseHostBridge().requestTicket();
    await jest.advanceTimersByTimeAsync(5_100);
    await expect(pending).resolves.toEqual({ ok: false, reason: 'unavailable' });
  });
});
