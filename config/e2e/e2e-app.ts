import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startMockGatewayHttpServer, type MockHttpServer } from '../../mock/http-server';
import { CHROMIUM_FLAGS, chromiumEnvironment, findChromium } from './find-chromium';

const ROOT = path.resolve(__dirname, '..', '..');
/** The production-optimised H5 build made for the end-to-end tests (`--mode e2e`). */
export const E2E_BUILD_DIR = path.join(ROOT, 'dist', 'h5-e2e');
/** The real production H5 build (`npm run build:h5`). */
export const PRODUCTION_BUILD_DIR = path.join(ROOT, 'dist', 'h5');

export interface E2eApp {
  server: MockHttpServer;
  browser: Browser;
  /** A fresh browser context (its own storage), like a second phone or the other host app. */
  newContext(options?: { userAgent?: string }): Promise<BrowserContext>;
  /** Opens the app in a page of `context` as a seeded parent, on the given route. */
  open(context: BrowserContext, options?: OpenOptions): Promise<Page>;
  /** Calls a control endpoint of the mock gateway (`/__mock/...`). */
  control(pathname: string, body?: unknown): Promise<unknown>;
  /** What pages of `context` (else of every context so far) logged, requested and threw. */
  observed(context?: BrowserContext): Observed;
  close(): Promise<void>;
}

/** What the browser let out: console messages (`type: text`), request URLs, uncaught errors. */
export interface Observed {
  console: string[];
  requests: string[];
  pageErrors: string[];
}

/** Records console messages, requests and uncaught errors of every page a context opens. */
function observe(context: BrowserContext): Observed {
  const seen: Observed = { console: [], requests: [], pageErrors: [] };
  context.on('request', (request) => seen.requests.push(request.url()));
  context.on('page', (page) => {
    page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  });
  return seen;
}

export interface OpenOptions {
  parentId?: string;
  route?: string;
  query?: Record<string, string>;
}

/**
 * Serves a build and its own mock gateway on a free loopback port and starts Chromium: one per
 * test file, so test files running in parallel never share gateway state.
 */
export async function startE2eApp(staticDir = E2E_BUILD_DIR): Promise<E2eApp> {
  const server = await startMockGatewayHttpServer({ port: 0, staticDir });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
    env: chromiumEnvironment(),
  });
  const contexts: BrowserContext[] = [];
  const observations = new Map<BrowserContext, Observed>();
  return {
    server,
    browser,
    async newContext(options = {}) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        ...options,
      });
      contexts.push(context);
      observations.set(context, observe(context));
      return context;
    },
    async open(context, options = {}) {
      const page = await context.newPage();
      const query = new URLSearchParams(options.query);
      if (options.parentId) query.set('devParent', options.parentId);
      const search = query.toString();
      const route = options.route ?? '/features/home/index';
      await page.goto(`${server.url}/${search ? `?${search}` : ''}#${route}`);
      return page;
    },
    async control(pathname, body) {
      const response = await fetch(`${server.gatewayUrl}/__mock${pathname}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return response.json();
    },
    observed(context) {
      const list = context ? [observations.get(context)] : [...observations.values()];
      return {
        console: list.flatMap((seen) => seen?.console ?? []),
        requests: list.flatMap((seen) => seen?.requests ?? []),
        pageErrors: list.flatMap((seen) => seen?.pageErrors ?? []),
      };
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await browser.close();
      await server.close();
    },
  };
}
