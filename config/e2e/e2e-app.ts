import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startMockGatewayHttpServer, type MockHttpServer } from '../../mock/http-server';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium';

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
  close(): Promise<void>;
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
  });
  const contexts: BrowserContext[] = [];
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
    async close() {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await browser.close();
      await server.close();
    },
  };
}
