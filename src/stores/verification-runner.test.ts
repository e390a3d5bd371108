/** Verification under load (FAQ 9): a gateway turning polls away is asked again, not a failure. */
import { webcrypto } from 'node:crypto';
import { setupMockGatewayServer } from '@mock/node';
import { SEED_CHILDREN } from '@mock/seed/children';
import { resetTaroDouble } from '../../config/test-doubles/taro';
import { configureGateway } from '@/api/gateway-client';
import { createDevHost, createVolatileMemory } from '@/host/dev-host';
import { useDrafts } from './draft-store';
import { startSession, useSession } from './session-store';
import { ensureVerification } from './verification-runner';

const BASE_URL = 'http://gateway.test/gateway';
const PARENT = 'p-all-verified';
const { server, gateway } = setupMockGatewayServer(BASE_URL);
const memory = createVolatileMemory();
const child = SEED_CHILDREN.find((c) => c.parentId === PARENT);

beforeAll(() => {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());
afterEach(async () => {
  await useSession.getState().signOut();
  gateway.state.reset();
  resetTaroDouble();
});

async function signIn(): Promise<void> {
  configureGateway({ baseUrl: BASE_URL, sleep: () => Promise.resolve(), random: () => 0 });
  startSession(createDevHost(memory));
  await useSession.getState().chooseDevParent(PARENT);
  useDrafts.getState().openFor(PARENT);
  for (let i = 0; i < 50 && useDrafts.getState().parentId !== PARENT; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the verification runner under load', () => {
  it('keeps polling through 429s and 503s at start and poll, and finishes the check', async () => {
    await signIn();
    const id = useDrafts.getState().startBlank('enrollment', { child: { name: child?.name } });
    const seen: string[] = [];
    const stop = useDrafts.subscribe((state) => {
      const status = state.drafts[id]?.verification?.status;
      if (status && seen.at(-1) !== status) seen.push(status);
    });
    // Start refused twice, then every attempt of the first poll (the transport's retries too).
    gateway.state.fault = { mode: 'unavailable', retryAfterSeconds: 1, times: 2 };
    ensureVerification(id, {
      childIdNumber: child?.idNumber ?? '',
      childName: child?.name ?? '',
      propertyCertificateNumber: null,
      residencePermitNumber: null,
    });
    for (let i = 0; i < 50 && seen.at(-1) !== 'running'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(gateway.state.fault).toBeNull();
    gateway.state.fault = { mode: 'rate-limited', retryAfterSeconds: 1, times: 4 };
    for (let i = 0; i < 100 && seen.at(-1) !== 'done'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    stop();
    expect(seen).not.toContain('failed');
    expect(seen.at(-1)).toBe('done');
    expect(gateway.state.fault).toBeNull();
  }, 20_000);
});
