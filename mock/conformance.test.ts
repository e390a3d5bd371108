/** @jest-environment node */
import { runConformance } from '../types/conformance/conformance-suite';
import { submissionFor } from './enrollment-fixtures';
import { startMockGatewayHttpServer, type MockHttpServer } from './http-server';
import { createGateway } from './router';

let server: MockHttpServer;

beforeAll(async () => {
  // As a production gateway: the development host is refused.
  server = await startMockGatewayHttpServer({
    port: 0,
    gateway: createGateway({ productionHostsOnly: true }),
  });
});

afterAll(() => server.close());

describe('the conformance suite against the mock gateway over HTTP', () => {
  it('passes every check when given tickets of two parents and a submission', async () => {
    const results = await runConformance({
      gateway: server.gatewayUrl,
      fetch,
      tickets: [
        { host: 'ishandong', ticket: 'ishandong:p-property-not-synced:conformance-1' },
        { host: 'quancheng', ticket: 'quancheng:p-all-verified:conformance-2' },
      ],
      submission: { ...submissionFor('p-property-not-synced', null) },
      materialKinds: ['property-certificate', 'household-register'],
    });
    const notPassed = results.filter((result) => result.outcome !== 'passed');
    expect(notPassed).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(20);
  });

  it('says which checks need seeded data when run without tickets, and skips none silently', async () => {
    const results = await runConformance({ gateway: server.gatewayUrl, fetch, tickets: [] });
    const notRun = results.filter((result) => result.outcome === 'not run');
    expect(results.filter((result) => result.outcome === 'failed')).toEqual([]);
    expect(notRun.length).toBeGreaterThan(10);
    for (const result of notRun) expect(result.detail).toMatch(/^needs /);
  });

  it('fails a gateway that still accepts the development host', async () => {
    const lax = await startMockGatewayHttpServer({ port: 0 });
    try {
      const results = await runConformance({ gateway: lax.gatewayUrl, fetch, tickets: [] });
      const dev = results.find((result) => result.name.includes("'dev'"));
      expect(dev).toMatchObject({ outcome: 'failed' });
    } finally {
      await lax.close();
    }
  });
});
