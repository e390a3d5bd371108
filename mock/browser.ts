/** The mock gateway in the browser (mock builds only): an msw service worker over one gateway. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { applyStartupQuery, loadGateway, saveGateway } from './browser-startup';
import { createGatewayHandlers } from './msw-handlers';
import { createGateway, type MockGateway } from './router';

export interface MockGatewayWorker {
  worker: SetupWorker;
  gateway: MockGateway;
}

/**
 * Starts the worker before the app's first gateway request (await it: early requests would race
 * the registration). State survives reloads in sessionStorage; `?mockFault=` and `?mockClock=`
 * set a fault and the clock. `quiet` keeps msw from logging answers, which hold personal data.
 */
export async function startMockGatewayWorker(baseUrl: string): Promise<MockGatewayWorker> {
  const gateway = createGateway();
  loadGateway(window.sessionStorage, gateway);
  applyStartupQuery(gateway, window.location.search);
  saveGateway(window.sessionStorage, gateway);
  const persisting: MockGateway = {
    state: gateway.state,
    clock: gateway.clock,
    async handle(req) {
      const reply = await gateway.handle(req);
      saveGateway(window.sessionStorage, gateway);
      return reply;
    },
  };
  const worker = setupWorker(...createGatewayHandlers(persisting, baseUrl));
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: './mockServiceWorker.js' },
    quiet: true,
  });
  return { worker, gateway };
}
