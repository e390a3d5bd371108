import { createCapacityGateway, type CapacitySettings } from './capacity-gateway';

const SETTINGS: CapacitySettings = {
  requestsPerSecond: 10,
  verificationSlots: 1,
  verificationMs: 8000,
  jamRate: 0,
  jamMs: 30_000,
  maxBacklogMs: 1000,
  uploadBytesPerSecond: 1_000_000,
  basePollAfterMs: 1000,
  shedCost: 0,
};

const post = (path: string, headers: Record<string, string> = {}, sizeBytes = 0) => ({
  method: 'POST',
  path,
  headers,
  sizeBytes,
});

describe('the capacity gateway', () => {
  it('queues requests at its rate and answers each when served', () => {
    const gateway = createCapacityGateway(SETTINGS, () => 0.5);
    const answers = [0, 1, 2].map(() => gateway.handle(post('/session'), 0));
    expect(answers.map((a) => a.atMs)).toEqual([100, 200, 300]);
    expect(gateway.stats.peakQueue).toBe(3);
  });

  it('charges uploads for their bytes', () => {
    const gateway = createCapacityGateway(SETTINGS, () => 0.5);
    expect(gateway.handle(post('/uploads', {}, 500_000), 0).atMs).toBe(600);
  });

  it('sheds with 429 past its backlog and books the returns one service time apart', () => {
    const gateway = createCapacityGateway(SETTINGS, () => 0.5);
    for (let i = 0; i < 11; i += 1) gateway.handle(post('/session'), 0);
    const first = gateway.handle(post('/session'), 0);
    const later = Array.from({ length: 20 }, () => gateway.handle(post('/session'), 0));
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('1');
    expect(later.at(-1)?.headers['retry-after']).toBe('3');
    expect(gateway.stats.shed).toBe(21);
  });

  it('answers 503 with the time a verification slot frees when every slot runs', () => {
    const gateway = createCapacityGateway(SETTINGS, () => 0.5);
    expect(gateway.handle(post('/verifications'), 0).status).toBe(200);
    const refused = gateway.handle(post('/verifications'), 1000);
    expect(refused.status).toBe(503);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(15);
  });

  it('records one registration per idempotency key however often it is replayed', () => {
    const gateway = createCapacityGateway(SETTINGS, () => 0.5);
    const headers = { 'x-session-token': 't-1', 'idempotency-key': 'k-1' };
    const first = gateway.handle(post('/registrations', headers), 0);
    const replay = gateway.handle(post('/registrations', headers), 5000);
    expect(replay.body).toEqual(first.body);
    expect(gateway.stats.registrationsByParent.get('t-1')).toBe(1);
  });

  it('lets a jammed job stop progressing and then report stalled', () => {
    const gateway = createCapacityGateway({ ...SETTINGS, jamRate: 1 }, () => 0.5);
    const started = gateway.handle(post('/verifications'), 0);
    const id = (started.body as { data: { id: string } }).data.id;
    const poll = (at: number) =>
      gateway.handle({ method: 'GET', path: `/verifications/${id}`, headers: {}, sizeBytes: 0 }, at)
        .body as { data: { status: string } };
    expect(poll(10_000).data.status).toBe('running');
    expect(poll(31_000).data.status).toBe('stalled');
  });
});
