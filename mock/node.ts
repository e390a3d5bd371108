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
