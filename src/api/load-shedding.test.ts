import { GatewayError } from './gateway-error';
import { isLoadShedding, shedWaitMs, untilServed } from './load-shedding';

const rateLimited = (retryAfterMs: number | null) =>
  new GatewayError('RATE_LIMITED', 429, retryAfterMs);

describe('untilServed', () => {
  it('waits out a minute of 429s with their Retry-After and then answers the result', async () => {
    const waits: number[] = [];
    let tries = 0;
    const result = await untilServed(
      async () => {
        tries += 1;
        if (tries <= 6) throw rateLimited(10_000);
        return 'served';
      },
      { sleep: async (ms) => void waits.push(ms), random: () => 0 },
    );
    expect(result).toBe('served');
    expect(waits).toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 10_000]);
  });

  it('honours a Retry-After longer than the transport would wait silently', async () => {
    const waits: number[] = [];
    let tries = 0;
    await untilServed(
      async () => {
        tries += 1;
        if (tries === 1) throw new GatewayError('UNAVAILABLE', 503, 90_000);
        return tries;
      },
      { sleep: async (ms) => void waits.push(ms), random: () => 0.5 },
    );
    expect(waits).toEqual([92_000]);
  });

  it('tells the waiting room each wait and when the step finally went through', async () => {
    const told: string[] = [];
    let tries = 0;
    await untilServed(
      async () => {
        tries += 1;
        if (tries === 1) throw new GatewayError('TIMEOUT', null);
        return tries;
      },
      {
        sleep: async () => undefined,
        random: () => 0,
        onWait: (ms) => told.push(`wait ${ms}`),
        onServed: () => told.push('served'),
      },
    );
    expect(told).toEqual(['wait 1000', 'served']);
  });

  it('passes on failures that are not load shedding at once', async () => {
    const sleep = jest.fn(async () => undefined);
    await expect(
      untilServed(
        async () => {
          throw new GatewayError('VALIDATION_FAILED', 422);
        },
        { sleep },
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(sleep).not.toHaveBeenCalled();
  });

  it('stops waiting when the parent has left', async () => {
    let left = false;
    await expect(
      untilServed(
        async () => {
          throw rateLimited(5000);
        },
        {
          sleep: async () => {
            left = true;
          },
          cancelled: () => left,
        },
      ),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe('shedWaitMs', () => {
  it('spreads a crowd told the same Retry-After over a few seconds', () => {
    expect(shedWaitMs(rateLimited(10_000), 0, () => 0)).toBe(10_000);
    expect(shedWaitMs(rateLimited(10_000), 0, () => 0.999)).toBe(13_996);
  });

  it('backs off with full jitter up to 30 s when the gateway gives no Retry-After', () => {
    const timeout = new GatewayError('TIMEOUT', null);
    expect(shedWaitMs(timeout, 10, () => 0.999)).toBe(29_970);
    expect(shedWaitMs(timeout, 0, () => 0)).toBe(1000);
  });
});

describe('isLoadShedding', () => {
  it('counts 429, 503 and time-outs, not server errors or refusals', () => {
    expect(isLoadShedding(rateLimited(null))).toBe(true);
    expect(isLoadShedding(new GatewayError('UNAVAILABLE', 503))).toBe(true);
    expect(isLoadShedding(new GatewayError('TIMEOUT', null))).toBe(true);
    expect(isLoadShedding(new GatewayError('SERVER_ERROR', 500))).toBe(false);
    expect(isLoadShedding(new Error('boom'))).toBe(false);
  });
});
