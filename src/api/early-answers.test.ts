import { SESSION_HEADER } from '@contract';
import { withEarlyAnswers, type TakeEarlyAnswer } from './early-answers';
import { TransportFailure, type RawRequest, type RawResponse } from './http-send';

const CONFIG_URL = '/gateway/config';
const SENT: RawResponse = { status: 200, headers: {}, body: { sent: true } };

function get(url = CONFIG_URL, headers: Record<string, string> = {}): RawRequest {
  return { method: 'GET', url, headers, timeoutMs: 1_000 };
}

/** A sender over `send` whose page asked for `answers` early, each taken once. */
function setUp(answers: Record<string, Promise<unknown>>) {
  const send = jest.fn((_request: RawRequest) => Promise.resolve(SENT));
  const taken: string[] = [];
  const take: TakeEarlyAnswer = (url) => {
    const answer = answers[url] ?? null;
    delete answers[url];
    if (answer) taken.push(url);
    return answer;
  };
  return { send, taken, early: withEarlyAnswers(send, take) };
}

describe('answers the page asked for before the app ran', () => {
  it('answer the first request for their address without sending it', async () => {
    const body = { ok: true, data: { season: 1 } };
    const { send, early } = setUp({ [CONFIG_URL]: Promise.resolve({ status: 200, body }) });
    await expect(early(get())).resolves.toEqual({ status: 200, headers: {}, body });
    expect(send).not.toHaveBeenCalled();
  });

  it('are used once: the next request for the same address is sent', async () => {
    const { send, early } = setUp({ [CONFIG_URL]: Promise.resolve({ status: 200, body: {} }) });
    await early(get());
    await expect(early(get())).resolves.toBe(SENT);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('are the first try whatever they say: an error keeps its status and Retry-After', async () => {
    const body = { ok: false, error: { code: 'UNAVAILABLE' } };
    const answer = { status: 503, retryAfter: '20', body };
    const { send, early } = setUp({ [CONFIG_URL]: Promise.resolve(answer) });
    await expect(early(get())).resolves.toEqual({
      status: 503,
      headers: { 'retry-after': '20' },
      body,
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('keep the status of an answer that was not JSON', async () => {
    const { early } = setUp({
      [CONFIG_URL]: Promise.resolve({ status: 502, retryAfter: null, body: null }),
    });
    await expect(early(get())).resolves.toEqual({ status: 502, headers: {}, body: null });
  });

  it.each([
    ['no answer', null],
    ['an answer of another shape', { status: '200', body: {} }],
  ])('count %s as a network failure, for the transport to retry', async (_, value) => {
    const { send, early } = setUp({ [CONFIG_URL]: Promise.resolve(value) });
    await expect(early(get())).rejects.toEqual(new TransportFailure('network'));
    expect(send).not.toHaveBeenCalled();
  });

  it('are never used for a request carrying a session, or one that is not a GET', async () => {
    const answer = Promise.resolve({ status: 200, body: {} });
    const { send, taken, early } = setUp({ [CONFIG_URL]: answer });
    await early(get(CONFIG_URL, { [SESSION_HEADER]: 'token' }));
    await early({ ...get(), method: 'POST' });
    expect(taken).toEqual([]);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('time out like any request when the early answer never comes', async () => {
    jest.useFakeTimers();
    try {
      const { send, early } = setUp({ [CONFIG_URL]: new Promise(() => undefined) });
      const result = early(get());
      jest.advanceTimersByTime(1_000);
      await expect(result).rejects.toEqual(new TransportFailure('timeout'));
      expect(send).not.toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
    }
  });
});
