/** The mock gateway in jest: msw/node intercepts fetch to an absolute base URL. */
import { setupServer, type SetupServer } from 'msw/node';
import { createGatewayHandlers } from './msw-handlers';
import { createGateway, type GatewayOptions, type MockGateway } from './router';

export interface MockGatewayServer {
  server: SetupServer;
  gateway: MockGateway;
}

/**
 * Sets up (does not start) an msw server serving a fresh gateway at baseUrl, so a test can
 * `server.listen({ onUnhandledRequest: 'error' })` and drive the gateway's clock and faults.
 */
export function setupMockGatewayServer(
  baseUrl: string,
  options: GatewayOptions = {},
): MockGatewayServer {
  const gateway = createGateway(options);
  const server = setupServer(...createGatewayHandlers(gateway, baseUrl));
  return { server, gateway };
}

/**
 * What happened at the gateway of `server`, in order, for tests about what waits for what: each
 * request leaving (`asked GET /config`) and its answer arriving (`answered GET /config`), paths
 * after `baseUrl`. Empty it between tests with `timeline.length = 0`.
 */
export function recordGatewayTimeline(server: SetupServer, baseUrl: string): string[] {
  const timeline: string[] = [];
  const base = new URL(baseUrl).pathname;
  const pathOf = (url: string) => new URL(url).pathname.slice(base.length);
  server.events.on('request:start', ({ request }) => {
    timeline.push(`asked ${request.method} ${pathOf(request.url)}`);
  });
  server.events.on('response:mocked', ({ request }) => {
    timeline.push(`answered ${request.method} ${pathOf(request.url)}`);
  });
  return timeline;
}
