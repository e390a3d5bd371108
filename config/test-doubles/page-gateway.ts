import { recordGatewayTimeline, setupMockGatewayServer } from '@mock/node';
import { configureGateway } from '@/api/gateway-client';
import { noteServerTime } from '@/stores/server-time';
import { useSession } from '@/stores/session-store';
import { ticketBridge } from './ticket-bridge';

const BASE_URL = 'http://gateway.test/gateway';

/**
 * Page tests in jsdom against the mock gateway (msw/node), with the order in which requests left
 * and were answered: registers the file's hooks (one server, the gateway client set up as the
 * app sets it up, nobody signed in and an empty timeline before each test, the model reset after)
 * and returns the gateway, the timeline and a host that signs `parentId` in.
 */
export function setUpPageGateway(parentId: string, label: string) {
  const { server, gateway } = setupMockGatewayServer(BASE_URL);
  const timeline = recordGatewayTimeline(server, BASE_URL);

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    configureGateway({
      baseUrl: BASE_URL,
      onServerTime: noteServerTime,
      sleep: () => Promise.resolve(),
      random: () => 0,
    });
    useSession.setState({ status: 'idle', profile: null, failure: null, renewalFailure: null });
    timeline.length = 0;
  });
  afterEach(() => gateway.state.reset());
  afterAll(() => server.close());

  return { gateway, timeline, bridge: ticketBridge(parentId, label) };
}
