import { IDEMPOTENCY_HEADER, SESSION_HEADER, type ErrorCode, type FieldProblem } from '@contract';
import { GatewayError } from './gateway-error';
import { TransportFailure, type RawRequest, type RawResponse } from './http-send';
import {
  createTransport,
  type CallOptions,
  type SessionHooks,
  type TransportOptions,
} from './transport';

const BASE_URL = 'http://gateway.test/gateway';
const SERVER_TIME = '2022-07-05T10:00:00.000+08:00';
const NOW = Date.UTC(2022, 6, 5, 2, 0, 0);

type Step = RawResponse | TransportFailure;

function ok(data: unknown, serverTime = SERVER_TIME): RawResponse {
  return { status: 200, headers: {}, body: { ok: true, data, serverTime } };
}

function fail(
  status: number,
  code: ErrorCode,
  extra: { headers?: Record<string, string>; fields?: FieldProblem[] } = {},
): RawResponse {
  return {
    status,
    headers: extra.headers ?? {},
    body: { ok: false, error: { code, fields: extra.fields }, serverTime: SERVER_TIME },
  };
}

const networkDown = () => new TransportFailure('network');
const timedOut = () => new TransportFailure('timeout');

/**
 * A transport over a scripted `send`: each request takes the next step; a request beyond the
 * script fails the test. Sleeps are recorded, never waited.
 */
function setUp(steps: Step[], options: Partial<TransportOptions> = {}) {
  const requests: RawRequest[] = [];
  const delays: number[] = [];
  const script = [...steps];
  const transport = createTransport({
    baseUrl: BASE_URL,
    send: (request) => {
      requests.push(request);
      const step = script.shift();
      if (!step) return Promise.reject(new Error(`unexpected request #${requests.length}`));
      return step instanceof TransportFailure ? Promise.reject(step) : Promise.resolve(step);
    },
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    now: () => NOW,
    ...options,
  });
  return { transport, requests, delays };
}

function get<T = unknown>(overrides: Partial<CallOptions<T>> = {}): CallOptions<T> {
  return { method: 'GET', path: '/config', parse: (data) => data as T, ...overrides };
}

function post<T = unknown>(overrides: Partial<CallOptions<T>> = {}): CallOptions<T> {
  return {
    method: 'POST',
    path: '/registrations',
    body: { childName: 'x' },
    parse: (data) => data as T,
    ...overrides,
  };
}

async function failureOf(promise: Promise<unknown>): Promise<GatewayError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GatewayError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

function sessionWith(tokens: string[], renewResults: boolean[] = [true]) {
  let current = tokens[0] ?? null;
  const next = tokens.slice(1);
  const results = [...renewResults];
  const hooks: SessionHooks = {
    getToken: () => current,
    renew: jest.fn(() => {
      current = next.shift() ?? current;
      return Promise.resolve(results.shift() ?? false);
    }),
  };
  return hooks;
}

describe('createTransport: answers', () => {
  it('unwraps the data of a success envelope and hands it to parse', async () => {
    const parse = jest.fn((data: unknown) => ({ parsed: data }));
    const { transport } = setUp([ok({ season: 2022 })]);
    await expect(transport.call(get({ parse }))).resolves.toEqual({ parsed: { season: 2022 } });
    expect(parse).toHaveBeenCalledWith({ season: 2022 });
  });

  it('sends the method, the path under the base URL and the body', async () => {
    const { transport, requests } = setUp([ok({ id: 'r-1' })]);
    await transport.call(post({ path: '/registrations', body: { a: 1 } }));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: `${BASE_URL}/registrations`,
      body: { a: 1 },
    });
  });

  it('gives every request a 15 s timeout unless the transport or the call sets another', async () => {
    const { transport, requests } = setUp([ok(1), ok(2)], {});
    await transport.call(get());
    await transport.call(get({ timeoutMs: 3000 }));
    expect(requests.map((r) => r.timeoutMs)).toEqual([15_000, 3000]);

    const custom = setUp([ok(1)], { timeoutMs: 7000 });
    await custom.transport.call(get());
    expect(custom.requests[0]?.timeoutMs).toBe(7000);
  });

  it('passes extra headers along', async () => {
    const { transport, requests } = setUp([ok(1)]);
    await transport.call(get({ extraHeaders: { 'If-Match': 'v3' } }));
    expect(requests[0]?.headers).toEqual({ 'If-Match': 'v3' });
  });

  it('presents the session token on authenticated calls', async () => {
    const { transport, requests } = setUp([ok(1)], { session: sessionWith(['tok-1']) });
    await transport.call(get());
    expect(requests[0]?.headers[SESSION_HEADER]).toBe('tok-1');
  });

  it('leaves the session token off calls marked unauthenticated', async () => {
    const { transport, requests } = setUp([ok(1)], { session: sessionWith(['tok-1']) });
    await transport.call(post({ path: '/session', authenticated: false }));
    expect(requests[0]?.headers).not.toHaveProperty(SESSION_HEADER);
  });

  it('sends no session header before there is a token', async () => {
    const { transport, requests } = setUp([ok(1)], { session: sessionWith([]) });
    await transport.call(get());
    expect(requests[0]?.headers).not.toHaveProperty(SESSION_HEADER);
  });

  it('fails with BAD_RESPONSE, without retrying, when parse rejects the data', async () => {
    const { transport, requests } = setUp([ok({ unexpected: true }), ok({ unexpected: true })]);
    const error = await failureOf(transport.call(get({ parse: () => null })));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.status).toBe(200);
    expect(requests).toHaveLength(1);
  });

  it('fails with BAD_RESPONSE when a 200 answer is not an envelope', async () => {
    const { transport, requests } = setUp([{ status: 200, headers: {}, body: '<html></html>' }]);
    const error = await failureOf(transport.call(get()));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
    expect(requests).toHaveLength(1);
  });

  it('lets an error from send that is not a transport failure through, without retrying', async () => {
    const bug = new TypeError('send is broken');
    const send = jest.fn(() => Promise.reject(bug));
    const transport = createTransport({ baseUrl: BASE_URL, send, sleep: () => Promise.resolve() });
    await expect(transport.call(get())).rejects.toBe(bug);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('reports the server time of every envelope, success or failure', async () => {
    const onServerTime = jest.fn();
    const { transport } = setUp([ok(1, '2022-07-05T10:00:01.000+08:00'), fail(404, 'NOT_FOUND')], {
      onServerTime,
    });
    await transport.call(get());
    await failureOf(transport.call(get()));
    expect(onServerTime.mock.calls).toEqual([['2022-07-05T10:00:01.000+08:00'], [SERVER_TIME]]);
  });

  it('reports no server time for an answer that is not an envelope', async () => {
    const onServerTime = jest.fn();
    const { transport } = setUp([{ status: 404, headers: {}, body: 'Not Found' }], {
      onServerTime,
    });
    await failureOf(transport.call(get()));
    expect(onServerTime).not.toHaveBeenCalled();
  });

  it('takes no server time from an answer a shared cache may have kept', async () => {
    const onServerTime = jest.fn();
    const { transport } = setUp([ok(1, '2022-07-05T09:59:00.000+08:00'), ok(2)], {
      onServerTime,
    });
    await expect(transport.call(get({ mayBeCached: true }))).resolves.toBe(1);
    await transport.call(get());
    expect(onServerTime.mock.calls).toEqual([[SERVER_TIME]]);
  });

  it('reports the time of an answer a shared cache may have kept as such', async () => {
    const onServerTime = jest.fn();
    const onCachedServerTime = jest.fn();
    const { transport } = setUp([ok(1, '2022-07-05T09:59:00.000+08:00'), ok(2)], {
      onServerTime,
      onCachedServerTime,
    });
    await transport.call(get({ mayBeCached: true }));
    await transport.call(get());
    expect(onCachedServerTime.mock.calls).toEqual([['2022-07-05T09:59:00.000+08:00']]);
    expect(onServerTime.mock.calls).toEqual([[SERVER_TIME]]);
  });
});

describe('createTransport: retries of requests safe to repeat', () => {
  it('retries a timed-out GET and then surfaces TIMEOUT', async () => {
    const { transport, requests, delays } = setUp([timedOut(), timedOut(), timedOut(), timedOut()]);
    const error = await failureOf(transport.call(get()));
    expect(error).toMatchObject({ code: 'TIMEOUT', status: null });
    expect(requests).toHaveLength(4);
    expect(delays).toHaveLength(3);
  });

  it('recovers when a retried GET succeeds', async () => {
    const { transport, requests } = setUp([timedOut(), networkDown(), ok({ season: 2022 })]);
    await expect(transport.call(get())).resolves.toEqual({ season: 2022 });
    expect(requests).toHaveLength(3);
  });

  it('retries a GET on network errors up to maxRetries and then surfaces NETWORK', async () => {
    const { transport, requests } = setUp([networkDown(), networkDown(), networkDown()], {
      maxRetries: 2,
    });
    const error = await failureOf(transport.call(get()));
    expect(error).toMatchObject({ code: 'NETWORK', status: null });
    expect(requests).toHaveLength(3);
  });

  it('makes three retries by default', async () => {
    const { transport, requests } = setUp(Array.from({ length: 4 }, networkDown));
    await failureOf(transport.call(get()));
    expect(requests).toHaveLength(4);
  });

  it('retries a GET on 500 and then surfaces SERVER_ERROR with the status', async () => {
    const { transport, requests } = setUp(
      Array.from({ length: 4 }, () => fail(500, 'SERVER_ERROR')),
    );
    const error = await failureOf(transport.call(get()));
    expect(error).toMatchObject({ code: 'SERVER_ERROR', status: 500 });
    expect(requests).toHaveLength(4);
  });

  it('retries a GET answered 408 and surfaces TIMEOUT', async () => {
    const answer408: RawResponse = { status: 408, headers: {}, body: '' };
    const { transport, requests } = setUp([answer408, answer408, answer408, answer408]);
    const error = await failureOf(transport.call(get()));
    expect(error).toMatchObject({ code: 'TIMEOUT', status: 408 });
    expect(requests).toHaveLength(4);
  });

  it('maps a 502 with an HTML body to SERVER_ERROR and retries it', async () => {
    const html: RawResponse = {
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: '<html><body>502 Bad Gateway</body></html>',
    };
    const { transport, requests } = setUp([html, html, html, html]);
    const error = await failureOf(transport.call(get()));
    expect(error).toMatchObject({ code: 'SERVER_ERROR', status: 502 });
    expect(requests).toHaveLength(4);
  });

  it('waits at least the Retry-After of a 503, plus jitter, before retrying', async () => {
    const { transport, requests, delays } = setUp(
      [fail(503, 'UNAVAILABLE', { headers: { 'retry-after': '2' } }), ok('back')],
      { random: () => 0.999 },
    );
    await expect(transport.call(get())).resolves.toBe('back');
    expect(requests).toHaveLength(2);
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThanOrEqual(2000);
    expect(delays[0]).toBeLessThan(2000 + 500);
    // The jitter is added on top, so phones told the same Retry-After do not return together.
    expect(delays[0]).toBe(2000 + 499);
  });

  it('honours the Retry-After of a 429', async () => {
    const { transport, delays } = setUp(
      [fail(429, 'RATE_LIMITED', { headers: { 'retry-after': '5' } }), ok('served')],
      { random: () => 0 },
    );
    await expect(transport.call(get())).resolves.toBe('served');
    expect(delays).toEqual([5000]);
  });

  it('honours a Retry-After given as an HTTP date, judged by the injected clock', async () => {
    const in4s = new Date(NOW + 4000).toUTCString();
    const { transport, delays } = setUp(
      [fail(503, 'UNAVAILABLE', { headers: { 'retry-after': in4s } }), ok('served')],
      { random: () => 0 },
    );
    await transport.call(get());
    expect(delays).toEqual([4000]);
  });

  it('surfaces RATE_LIMITED with the wait when 429 persists', async () => {
    const busy = () => fail(429, 'RATE_LIMITED', { headers: { 'retry-after': '5' } });
    const { transport, requests } = setUp([busy(), busy(), busy(), busy()]);
    const error = await failureOf(transport.call(get()));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 5000 });
    expect(requests).toHaveLength(4);
  });

  it('does not wait out a Retry-After longer than maxRetryAfterMs: the parent is told instead', async () => {
    const { transport, requests, delays } = setUp([
      fail(503, 'UNAVAILABLE', { headers: { 'retry-after': '30' } }),
      ok('never asked'),
    ]);
    const error = await failureOf(transport.call(get()));
    expect(error).toMatchObject({ code: 'UNAVAILABLE', status: 503, retryAfterMs: 30_000 });
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('uses the maxRetryAfterMs it is given', async () => {
    const waitFive = () => fail(429, 'RATE_LIMITED', { headers: { 'retry-after': '5' } });
    const strict = setUp([waitFive(), ok(1)], { maxRetryAfterMs: 4000 });
    await expect(failureOf(strict.transport.call(get()))).resolves.toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(strict.requests).toHaveLength(1);

    const patient = setUp([waitFive(), ok(1)], { maxRetryAfterMs: 5000 });
    await expect(patient.transport.call(get())).resolves.toBe(1);
  });

  it('grows its backoff delays while keeping each within the full-jitter bounds', async () => {
    const { transport, delays } = setUp(Array.from({ length: 6 }, networkDown), {
      maxRetries: 5,
      random: () => 0.999,
    });
    await failureOf(transport.call(get()));
    expect(delays).toEqual([499, 999, 1998, 3996, 7992]);
    delays.forEach((delay, attempt) => {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(8000, 500 * 2 ** attempt));
    });
  });

  it('draws every backoff delay from the injected random source', async () => {
    const draws = [0.1, 0.9, 0.3];
    const random = jest.fn(() => draws.shift() ?? 0);
    const { transport, delays } = setUp(Array.from({ length: 4 }, networkDown), { random });
    await failureOf(transport.call(get()));
    expect(random).toHaveBeenCalledTimes(3);
    expect(delays).toEqual([50, 900, 600]);
  });
});

describe('createTransport: a caller that waits out load itself', () => {
  it('gets a 429 at once, with its Retry-After, instead of silent retries', async () => {
    const { transport, requests, delays } = setUp([
      fail(429, 'RATE_LIMITED', { headers: { 'retry-after': '15' } }),
    ]);
    const error = await failureOf(
      transport.call(post({ idempotencyKey: 'k-1', callerWaitsOutLoad: true })),
    );
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 15_000 });
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('still has server errors retried here', async () => {
    const { transport, requests } = setUp([fail(500, 'SERVER_ERROR'), ok({ id: 'r-1' })]);
    await expect(
      transport.call(post({ idempotencyKey: 'k-1', callerWaitsOutLoad: true })),
    ).resolves.toEqual({ id: 'r-1' });
    expect(requests).toHaveLength(2);
  });
});

describe('createTransport: requests not safe to repeat', () => {
  it.each([
    ['a network error', networkDown, 'NETWORK'],
    ['a timeout', timedOut, 'TIMEOUT'],
    ['a 500', () => fail(500, 'SERVER_ERROR'), 'SERVER_ERROR'],
    [
      'a 503 with a short Retry-After',
      () => fail(503, 'UNAVAILABLE', { headers: { 'retry-after': '1' } }),
      'UNAVAILABLE',
    ],
  ])('never retries a POST without an idempotency key after %s', async (_label, step, code) => {
    const { transport, requests, delays } = setUp([step(), ok('would duplicate')]);
    const error = await failureOf(transport.call(post()));
    expect(error.code).toBe(code);
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('never retries a PUT or DELETE without an idempotency key', async () => {
    for (const method of ['PUT', 'DELETE'] as const) {
      const { transport, requests } = setUp([networkDown(), ok(1)]);
      await failureOf(transport.call(post({ method })));
      expect(requests).toHaveLength(1);
    }
  });

  it('retries a POST that carries an idempotency key, sending the key every time', async () => {
    const { transport, requests } = setUp([networkDown(), fail(500, 'SERVER_ERROR'), ok('once')]);
    await expect(transport.call(post({ idempotencyKey: 'key-123' }))).resolves.toBe('once');
    expect(requests).toHaveLength(3);
    for (const request of requests) {
      expect(request.headers[IDEMPOTENCY_HEADER]).toBe('key-123');
      expect(request.body).toEqual({ childName: 'x' });
    }
  });

  it('sends no idempotency header on a call without a key', async () => {
    const { transport, requests } = setUp([ok(1)]);
    await transport.call(post());
    expect(requests[0]?.headers).not.toHaveProperty(IDEMPOTENCY_HEADER);
  });
});

describe('createTransport: gateway refusals', () => {
  it('does not retry 422 VALIDATION_FAILED and carries the field problems', async () => {
    const fields = [{ field: 'child.idNumber', code: 'checksum' }];
    const { transport, requests } = setUp([fail(422, 'VALIDATION_FAILED', { fields }), ok(1)]);
    const error = await failureOf(transport.call(post({ idempotencyKey: 'k' })));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 422, fields });
    expect(requests).toHaveLength(1);
  });

  it.each([
    [404, 'NOT_FOUND'],
    [409, 'WINDOW_CLOSED'],
    [412, 'VERSION_CONFLICT'],
    [403, 'FORBIDDEN'],
  ] as const)('does not retry a GET answered %i %s', async (status, code) => {
    const { transport, requests } = setUp([fail(status, code), ok(1)]);
    const error = await failureOf(transport.call(get()));
    expect(error).toMatchObject({ code, status });
    expect(requests).toHaveLength(1);
  });

  it('maps a 4xx that is not an envelope to BAD_RESPONSE', async () => {
    const { transport } = setUp([{ status: 404, headers: {}, body: 'Not Found' }]);
    await expect(failureOf(transport.call(get()))).resolves.toMatchObject({
      code: 'BAD_RESPONSE',
      status: 404,
    });
  });
});

describe('createTransport: session renewal', () => {
  it('renews once on 401 SESSION_EXPIRED and replays with the new token', async () => {
    const session = sessionWith(['old-token', 'new-token']);
    const { transport, requests } = setUp([fail(401, 'SESSION_EXPIRED'), ok('after renewal')], {
      session,
    });
    await expect(transport.call(get())).resolves.toBe('after renewal');
    expect(session.renew).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => r.headers[SESSION_HEADER])).toEqual(['old-token', 'new-token']);
  });

  it('replays a POST without an idempotency key after renewal, since the 401 did nothing', async () => {
    const session = sessionWith(['old', 'new']);
    const { transport, requests } = setUp([fail(401, 'SESSION_EXPIRED'), ok('made')], { session });
    await expect(transport.call(post())).resolves.toBe('made');
    expect(requests).toHaveLength(2);
  });

  it('does not renew a second time when the replay is answered 401 again', async () => {
    const session = sessionWith(['old', 'new', 'newer'], [true, true]);
    const { transport, requests } = setUp(
      [fail(401, 'SESSION_EXPIRED'), fail(401, 'SESSION_EXPIRED'), ok('never asked')],
      { session },
    );
    const error = await failureOf(transport.call(get()));
    expect(error).toMatchObject({ code: 'SESSION_EXPIRED', status: 401 });
    expect(session.renew).toHaveBeenCalledTimes(1);
    expect(requests).toHaveLength(2);
  });

  it('does not ask the host for a new session when the call opts out of renewal', async () => {
    const session = sessionWith(['old', 'new']);
    const { transport, requests } = setUp([fail(401, 'SESSION_EXPIRED'), ok('never asked')], {
      session,
    });
    const error = await failureOf(transport.call(get({ renewOnExpiry: false })));
    expect(error.code).toBe('SESSION_EXPIRED');
    expect(session.renew).not.toHaveBeenCalled();
    expect(requests).toHaveLength(1);
  });

  it('surfaces SESSION_EXPIRED without a replay when renewal fails', async () => {
    const session = sessionWith(['old'], [false]);
    const { transport, requests } = setUp([fail(401, 'SESSION_EXPIRED'), ok('never asked')], {
      session,
    });
    const error = await failureOf(transport.call(get()));
    expect(error.code).toBe('SESSION_EXPIRED');
    expect(session.renew).toHaveBeenCalledTimes(1);
    expect(requests).toHaveLength(1);
  });

  it('does not renew for a call marked unauthenticated', async () => {
    const session = sessionWith(['old', 'new']);
    const { transport, requests } = setUp([fail(401, 'SESSION_EXPIRED'), ok(1)], { session });
    const error = await failureOf(transport.call(get({ authenticated: false })));
    expect(error.code).toBe('SESSION_EXPIRED');
    expect(session.renew).not.toHaveBeenCalled();
    expect(requests).toHaveLength(1);
  });

  it('does not renew when the 401 is a rejected ticket rather than an expired session', async () => {
    const session = sessionWith(['old', 'new']);
    const { transport } = setUp([fail(401, 'TICKET_REJECTED'), ok(1)], { session });
    const error = await failureOf(transport.call(get()));
    expect(error.code).toBe('TICKET_REJECTED');
    expect(session.renew).not.toHaveBeenCalled();
  });

  it('surfaces SESSION_EXPIRED when there are no session hooks to renew with', async () => {
    const { transport, requests } = setUp([fail(401, 'SESSION_EXPIRED'), ok(1)]);
    await expect(failureOf(transport.call(get()))).resolves.toMatchObject({
      code: 'SESSION_EXPIRED',
    });
    expect(requests).toHaveLength(1);
  });

  it('maps a bare 401 without an envelope to SESSION_EXPIRED and renews', async () => {
    const session = sessionWith(['old', 'new']);
    const { transport } = setUp([{ status: 401, headers: {}, body: '' }, ok('renewed')], {
      session,
    });
    await expect(transport.call(get())).resolves.toBe('renewed');
    expect(session.renew).toHaveBeenCalledTimes(1);
  });
});
