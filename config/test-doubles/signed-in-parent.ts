import { webcrypto } from 'node:crypto';
import { setupMockGatewayServer } from '@mock/node';
import { configureGateway } from '@/api/gateway-client';
import { createDevHost, createVolatileMemory } from '@/host/dev-host';
import { useDrafts } from '@/stores/draft-store';
import { startSession, useSession } from '@/stores/session-store';
import { resetTaroDouble } from './taro';

const BASE_URL = 'http://gateway.test/gateway';

/**
 * Store tests against the mock gateway model over msw: registers the file's hooks (one server,
 * Web Crypto for sealed drafts, everything reset after each test) and returns the gateway and a
 * sign-in of `parentId` through the development host, with the parent's drafts opened.
 */
export function setUpSignedInParent(parentId: string) {
  const { server, gateway } = setupMockGatewayServer(BASE_URL);
  const memory = createVolatileMemory();

  beforeAll(() => {
    Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => server.close());
  afterEach(async () => {
    await useSession.getState().signOut();
    gateway.state.reset();
    gateway.clock.reset();
    resetTaroDouble();
  });

  async function signIn(): Promise<void> {
    configureGateway({ baseUrl: BASE_URL, sleep: () => Promise.resolve(), random: () => 0 });
    startSession(createDevHost(memory));
    await useSession.getState().chooseDevParent(parentId);
    useDrafts.getState().openFor(parentId);
    for (let i = 0; i < 50 && useDrafts.getState().parentId !== parentId; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(useDrafts.getState().parentId).toBe(parentId);
  }

  return { gateway, signIn };
}
