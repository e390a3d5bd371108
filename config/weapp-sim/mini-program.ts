/**
 * Runs the built mini-program (dist/weapp-sim) the way WeChat's logic layer does: each file a
 * module in one JavaScript realm that has only what WeChat gives (wx, App, Page, Component,
 * getApp, getCurrentPages, timers, console; no window, fetch, crypto, TextEncoder, nor eval),
 * app and page lifecycles, setData applied to page data, the screen read from that data through
 * base.wxml, and taps and inputs sent to the page's `eh` entry, bubbling as WeChat bubbles them.
 * Subpackages as WeChat has them: a subpackage's files exist only once a page of it is opened,
 * and a file may require only files of its own package or of the main package.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { MockGateway } from '../../mock/router';
import { applySetData } from './data-path';
import { PhotoFiles } from './photo-files';
import { createWx, type Navigator, type WxHost } from './wx-api';
import { readTemplates, type Templates } from './wxml-templates';
import type { WxStorage } from './wx-storage';

const PAGE_STACK_LIMIT = 10;

type Config = Record<string, unknown>;

/** What the logic layer reads from app.json. */
export interface AppJson {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  subpackages?: Array<{ root: string; pages: string[] }>;
}

/** The roots of the subpackages app.json declares, without a trailing slash. */
export function subpackageRoots(app: AppJson): string[] {
  return (app.subPackages ?? app.subpackages ?? []).map((sub) => sub.root.replace(/\/$/, ''));
}

/** The package a file of the build belongs to: a subpackage root, or '' for the main package. */
export function packageOf(roots: string[], file: string): string {
  return roots.find((root) => file.startsWith(`${root}/`)) ?? '';
}
type Method = (this: unknown, ...args: unknown[]) => unknown;

export interface DataNode {
  nn: string;
  sid: string;
  uid?: string;
  v?: string;
  cl?: string;
  cn?: DataNode[];
  [field: string]: unknown;
}

export interface ScreenNode {
  node: DataNode;
  parent: ScreenNode | null;
  tag: string;
  /** The element id WeChat renders (`uid` when the app set an id, else `sid`). */
  id: string;
  text: string;
  attr(name: string): unknown;
}

export interface PageInstance {
  route: string;
  options: Record<string, string>;
  data: Record<string, unknown>;
  setData(patch: Record<string, unknown>, done?: () => void): void;
  [method: string]: unknown;
}

export interface LaunchOptions {
  distDir: string;
  gateway: MockGateway;
  gatewayBase: string;
  storage: WxStorage;
  parentId: string;
  files?: PhotoFiles;
}

function callIn(target: unknown, name: string, ...args: unknown[]): unknown {
  const method = (target as Record<string, unknown>)[name];
  return typeof method === 'function' ? (method as Method).apply(target, args) : undefined;
}

export class MiniProgram {
  readonly errors: string[] = [];
  readonly pages: PageInstance[] = [];
  readonly host: WxHost;
  readonly files: PhotoFiles;
  private readonly context: vm.Context;
  private readonly templates: Templates;
  private readonly modules = new Map<string, { exports: unknown }>();
  private readonly appJson: AppJson;
  private readonly roots: string[];
  /** Packages on the device: the main one, and each subpackage once a page of it was opened. */
  readonly downloaded = new Set<string>(['']);
  private readonly pageConfigs = new Map<string, Config>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly intervals = new Set<ReturnType<typeof setInterval>>();
  private app: Config | null = null;
  private loadingRoute: string | null = null;
  private closed = false;
  private readonly onRejection = (reason: unknown) =>
    this.fail(`unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`);

  private constructor(private readonly options: LaunchOptions) {
    this.files = options.files ?? new PhotoFiles();
    this.templates = readTemplates(readFileSync(path.join(options.distDir, 'base.wxml'), 'utf8'));
    this.appJson = JSON.parse(
      readFileSync(path.join(options.distDir, 'app.json'), 'utf8'),
    ) as AppJson;
    this.roots = subpackageRoots(this.appJson);
    const navigator: Navigator = {
      navigateTo: (url) => this.navigateTo(url),
      redirectTo: (url) => this.redirectTo(url),
      navigateBack: (delta) => this.navigateBack(delta),
      reLaunch: (url) => this.reLaunch(url),
    };
    const sandbox: Record<string, unknown> = {};
    this.context = vm.createContext(sandbox, {
      name: 'weapp logic layer',
      codeGeneration: { strings: false, wasm: false },
    });
    const realmJson = vm.runInContext('JSON', this.context) as JSON;
    const RealmUint8Array = vm.runInContext('Uint8Array', this.context) as Uint8ArrayConstructor;
    this.host = {
      gateway: options.gateway,
      gatewayBase: options.gatewayBase,
      storage: options.storage,
      files: this.files,
      navigator,
      parentId: options.parentId,
      toRealm: (value) =>
        value === undefined ? undefined : realmJson.parse(JSON.stringify(value)),
      toRealmBuffer: (bytes) => RealmUint8Array.from(bytes).buffer as ArrayBuffer,
      later: (run, delayMs = 0) => this.later(run, delayMs),
      fail: (message) => this.fail(message),
      calls: [],
      online: true,
      networkListeners: new Set(),
      appHideListeners: new Set(),
      appShowListeners: new Set(),
      phoneCalls: [],
      navigationBarTitle: null,
    };
    const console = {
      log: () => undefined,
      info: () => undefined,
      debug: () => undefined,
      warn: (...args: unknown[]) => {
        if (process.env.WEAPP_SIM_DEBUG)
          process.stderr.write(`warn: ${args.map(String).join(' ')}\n`);
      },
      error: (...args: unknown[]) => this.fail(`console.error: ${args.map(String).join(' ')}`),
    };
    Object.assign(sandbox, {
      wx: createWx(this.host),
      App: (config: Config) => {
        this.app = config;
      },
      Page: (config: Config) => {
        if (!this.loadingRoute) throw new Error('Page() outside a page file');
        this.pageConfigs.set(this.loadingRoute, config);
      },
      Component: () => undefined,
      Behavior: (config: Config) => config,
      getApp: () => this.app,
      getCurrentPages: () => [...this.pages],
      setTimeout: (run: () => void, delayMs?: number) => this.later(run, delayMs ?? 0),
      clearTimeout: (timer: ReturnType<typeof setTimeout>) => {
        clearTimeout(timer);
        this.timers.delete(timer);
      },
      setInterval: (run: () => void, delayMs?: number) => {
        const timer = setInterval(() => this.guard('setInterval', run), delayMs ?? 0);
        this.intervals.add(timer);
        return timer;
      },
      clearInterval: (timer: ReturnType<typeof setInterval>) => {
        clearInterval(timer);
        this.intervals.delete(timer);
      },
      console,
    });
  }

  /** Starts the mini-program: app.js, App onLaunch/onShow, then the first page. */
  static async launch(options: LaunchOptions): Promise<MiniProgram> {
    const program = new MiniProgram(options);
    process.on('unhandledRejection', program.onRejection);
    program.require('app.js', null);
    const entry = program.appJson.pages[0];
    if (!program.app || !entry) throw new Error('app.js registered no App()');
    const launch = program.host.toRealm({ path: entry, query: {}, scene: 1001 });
    program.guard('App.onLaunch', () => callIn(program.app, 'onLaunch', launch));
    program.guard('App.onShow', () => callIn(program.app, 'onShow', launch));
    program.openPage(entry, {});
    return program;
  }

  fail(message: string): void {
    if (!this.closed) this.errors.push(message);
  }

  private guard(where: string, run: () => unknown): unknown {
    try {
      return run();
    } catch (error) {
      this.fail(`${where}: ${String((error as Error)?.stack ?? error)}`);
      return undefined;
    }
  }

  private later(run: () => void, delayMs: number): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) this.guard('timer', run);
    }, delayMs);
    this.timers.add(timer);
    return timer;
  }

  /** Runs a file of the build once, as WeChat does; `from` is the requiring file (null: WeChat). */
  private require(file: string, from: string | null): unknown {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(from ?? ''), file));
    const name = resolved.endsWith('.js') ? resolved : `${resolved}.js`;
    const target = packageOf(this.roots, name);
    if (!this.downloaded.has(target)) {
      throw new Error(`${from} requires ${name}, but subpackage ${target} is not downloaded`);
    }
    const requiring = from === null ? target : packageOf(this.roots, from);
    if (target !== '' && target !== requiring) {
      throw new Error(
        `${from} requires ${name} of subpackage ${target}: WeChat lets a file require only its ` +
          `own package and the main package`,
      );
    }
    const cached = this.modules.get(name);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    this.modules.set(name, module);
    const source = readFileSync(path.join(this.options.distDir, name), 'utf8');
    const wrapped = new vm.Script(`(function (require, module, exports) {${source}\n})`, {
      filename: name,
    }).runInContext(this.context) as (
      require: (file: string) => unknown,
      module: { exports: unknown },
      exports: unknown,
    ) => void;
    wrapped((file) => this.require(file, name), module, module.exports);
    return module.exports;
  }

  private parseUrl(url: string): { route: string; query: Record<string, string> } {
    const [pathPart = '', queryPart = ''] = url.split('?');
    const query: Record<string, string> = {};
    for (const pair of queryPart.split('&').filter(Boolean)) {
      const [key = '', value = ''] = pair.split('=');
      // WeChat hands page options over still URL-encoded.
      query[key] = value;
    }
    return { route: pathPart.replace(/^\//, ''), query };
  }

  /** The pages app.json declares, subpackage pages as root + page. */
  declaredPages(): string[] {
    const subs = this.appJson.subPackages ?? this.appJson.subpackages ?? [];
    return [
      ...this.appJson.pages,
      ...subs.flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`)),
    ];
  }

  /**
   * Loads a page's code as WeChat does on navigating to it: its subpackage is downloaded first,
   * then the page file runs (and registers its Page()). Answers why it failed, or null.
   */
  loadPage(route: string): string | null {
    if (this.pageConfigs.has(route)) return null;
    if (
      !this.declaredPages().includes(route) ||
      !existsSync(path.join(this.options.distDir, `${route}.js`))
    ) {
      return `page "${route}" is not found`;
    }
    this.downloaded.add(packageOf(this.roots, route));
    this.loadingRoute = route;
    try {
      this.require(`${route}.js`, null);
    } catch (error) {
      this.fail(`loading ${route}: ${String((error as Error)?.stack ?? error)}`);
      return `page "${route}" failed to load`;
    } finally {
      this.loadingRoute = null;
    }
    if (this.pageConfigs.has(route)) return null;
    // webpack runs a page's module only once every chunk it needs is there.
    this.fail(`${route} registered no Page(): a chunk it needs never loaded`);
    return `page "${route}" registered no Page()`;
  }

  private openPage(route: string, query: Record<string, string>): string | null {
    const failed = this.loadPage(route);
    if (failed) return failed;
    const config = this.pageConfigs.get(route);
    if (!config) return `page "${route}" registered no Page()`;
    const instance = { route, __route__: route, options: query } as unknown as PageInstance;
    for (const [key, value] of Object.entries(config)) {
      if (key !== 'data') (instance as Record<string, unknown>)[key] = value;
    }
    instance.data = JSON.parse(JSON.stringify(config.data ?? {})) as Record<string, unknown>;
    instance.setData = (patch, done) => {
      applySetData(instance.data, patch);
      if (done) this.later(done, 0);
    };
    this.pages.push(instance);
    const options = this.host.toRealm(query);
    this.guard(`${route} onLoad`, () => callIn(instance, 'onLoad', options));
    this.guard(`${route} onShow`, () => callIn(instance, 'onShow'));
    this.guard(`${route} onReady`, () => callIn(instance, 'onReady'));
    return null;
  }

  private unloadTop(): void {
    const page = this.pages.pop();
    if (page) this.guard(`${page.route} onUnload`, () => callIn(page, 'onUnload'));
  }

  private navigateTo(url: string): string | null {
    if (this.pages.length >= PAGE_STACK_LIMIT) return 'webview count limit exceed';
    const { route, query } = this.parseUrl(url);
    const top = this.pages[this.pages.length - 1];
    if (top) this.guard(`${top.route} onHide`, () => callIn(top, 'onHide'));
    return this.openPage(route, query);
  }

  private redirectTo(url: string): string | null {
    const { route, query } = this.parseUrl(url);
    this.unloadTop();
    return this.openPage(route, query);
  }

  private navigateBack(delta: number): string | null {
    if (this.pages.length <= 1) return 'cannot navigate back at first page.';
    for (let i = 0; i < delta && this.pages.length > 1; i += 1) this.unloadTop();
    const top = this.pages[this.pages.length - 1];
    if (top) this.guard(`${top.route} onShow`, () => callIn(top, 'onShow'));
    return null;
  }

  private reLaunch(url: string): string | null {
    while (this.pages.length > 0) this.unloadTop();
    const { route, query } = this.parseUrl(url);
    return this.openPage(route, query);
  }

  /** What `typeof name` gives inside the mini-program's realm. */
  globalType(name: string): string {
    return String(vm.runInContext(`typeof globalThis[${JSON.stringify(name)}]`, this.context));
  }

  /** Whether code inside the realm may turn strings into code (WeChat forbids it). */
  canEval(): boolean {
    try {
      vm.runInContext('eval("1")', this.context);
      return true;
    } catch {
      return false;
    }
  }

  /** The page on top of the stack. */
  page(): PageInstance {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('no page is open');
    return page;
  }

  private wrap(node: DataNode, parent: ScreenNode | null): ScreenNode {
    const template = this.templates.get(String(node.nn));
    if (!template) this.fail(`base.wxml has no template for node name "${String(node.nn)}"`);
    const screen: ScreenNode = {
      node,
      parent,
      tag: template?.tag ?? 'unknown',
      id: String(node.uid ?? node.sid),
      text: '',
      attr: (name) => {
        const field = template?.fields[name];
        return field === undefined ? undefined : node[field];
      },
    };
    return screen;
  }

  /** Every node on the current page's screen, in document order. */
  nodes(): ScreenNode[] {
    const root = this.page().data.root as { cn?: DataNode[] } | undefined;
    const out: ScreenNode[] = [];
    const visit = (node: DataNode, parent: ScreenNode | null): string => {
      const screen = this.wrap(node, parent);
      out.push(screen);
      if (screen.tag === '#text') {
        screen.text = String(node.v ?? '');
        return screen.text;
      }
      screen.text = (node.cn ?? []).map((child) => visit(child, screen)).join('');
      return screen.text;
    };
    for (const node of root?.cn ?? []) visit(node, null);
    return out;
  }

  /** The current page's visible text. */
  text(): string {
    return this.nodes()
      .filter((node) => node.tag === '#text')
      .map((node) => node.text)
      .join(' ');
  }

  /** The innermost node with this id, or whose own text contains `text` (and matches `tag`). */
  find(query: { id?: string; text?: string; tag?: string }): ScreenNode | null {
    const candidates = this.nodes().filter(
      (node) =>
        node.tag !== '#text' &&
        (query.id === undefined || node.id === query.id) &&
        (query.text === undefined || node.text.includes(query.text)) &&
        (query.tag === undefined || node.tag === query.tag),
    );
    // Innermost: no other candidate inside it.
    const inside = (node: ScreenNode, ancestor: ScreenNode) => {
      for (let at = node.parent; at; at = at.parent) if (at === ancestor) return true;
      return false;
    };
    return candidates.find((node) => !candidates.some((other) => inside(other, node))) ?? null;
  }

  private event(type: string, target: ScreenNode, current: ScreenNode, detail: unknown) {
    return this.host.toRealm({
      type,
      timeStamp: Date.now(),
      detail,
      target: { id: target.id, dataset: { sid: target.node.sid } },
      currentTarget: { id: current.id, dataset: { sid: current.node.sid } },
      mark: {},
    });
  }

  /** Sends an event as WeChat does: to each node from the target up that binds it. */
  dispatch(type: string, target: ScreenNode, detail: unknown = {}, bubbles = true): void {
    const page = this.page();
    for (let at: ScreenNode | null = target; at; at = at.parent) {
      const template = this.templates.get(String(at.node.nn));
      const caught = template?.catch.has(type) ?? false;
      if (caught || template?.bind.has(type)) {
        const event = this.event(type, target, at, detail);
        this.guard(`${type} handler`, () => callIn(page, 'eh', event));
      }
      if (caught || !bubbles) return;
    }
  }

  tap(target: ScreenNode): void {
    this.dispatch('tap', target, { x: 10, y: 10 });
  }

  /** Types into an input: focus, the text as one input event, then blur, as a keyboard does. */
  type(target: ScreenNode, value: string): void {
    this.dispatch('focus', target, { value: String(target.attr('value') ?? ''), height: 0 }, false);
    this.dispatch('input', target, { value, cursor: value.length, keyCode: 0 }, false);
    this.dispatch('blur', target, { value, cursor: value.length }, false);
  }

  /** The mini-program goes to the background (home button, another app). */
  hide(): void {
    const top = this.pages[this.pages.length - 1];
    if (top) this.guard(`${top.route} onHide`, () => callIn(top, 'onHide'));
    this.guard('App.onHide', () => callIn(this.app, 'onHide'));
    this.host.appHideListeners.forEach((listener) => this.guard('onAppHide', () => listener()));
  }

  /** The network drops or comes back. */
  setOnline(online: boolean): void {
    this.host.online = online;
    const result = this.host.toRealm({
      isConnected: online,
      networkType: online ? 'wifi' : 'none',
    });
    this.host.networkListeners.forEach((listener) =>
      this.guard('onNetworkStatusChange', () => listener(result)),
    );
  }

  /** Waits until `check` holds, letting timers and gateway answers run. */
  async waitFor(what: string, check: () => boolean, timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!check()) {
      if (this.errors.length > 0)
        throw new Error(`while waiting for ${what}:\n${this.errors.join('\n')}`);
      if (Date.now() > until) {
        throw new Error(
          `timed out waiting for ${what}; screen: ${this.pages.length ? this.text() : '(no page)'}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits for a node and answers it. */
  async waitForNode(query: { id?: string; text?: string; tag?: string }, timeoutMs = 5000) {
    let found: ScreenNode | null = null;
    await this.waitFor(JSON.stringify(query), () => (found = this.find(query)) !== null, timeoutMs);
    return found as unknown as ScreenNode;
  }

  /** Kills the process: no lifecycle runs, timers stop (what a closed mini-program gets). */
  close(): void {
    this.closed = true;
    process.off('unhandledRejection', this.onRejection);
    this.timers.forEach((timer) => clearTimeout(timer));
    this.intervals.forEach((timer) => clearInterval(timer));
    this.timers.clear();
    this.intervals.clear();
  }
}
