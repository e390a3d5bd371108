import type { BrowserContext } from 'playwright-core';
import { E2E_BUILD_DIR, startE2eApp, type E2eApp } from './e2e-app';

export interface E2eHandle {
  readonly app: E2eApp;
  /** A fresh browser context for the current test (its own storage, like a new phone). */
  readonly context: BrowserContext;
}

/**
 * Registers the usual hooks of a browser test file: one server, gateway and browser for the
 * file; before each test a gateway reset and a fresh context (with `contextOptions`, such as a
 * host app's user agent); after it the context closed.
 */
export function setUpE2eApp(
  staticDir = E2E_BUILD_DIR,
  contextOptions: { userAgent?: string } = {},
): E2eHandle {
  let app: E2eApp | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    app = await startE2eApp(staticDir);
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    await app!.control('/reset', {});
    context = await app!.newContext(contextOptions);
  });
  afterEach(async () => {
    await context?.close();
  });
  return {
    get app() {
      if (!app) throw new Error('the browser test app is not started yet');
      return app;
    },
    get context() {
      if (!context) throw new Error('no browser context outside a test');
      return context;
    },
  };
}
