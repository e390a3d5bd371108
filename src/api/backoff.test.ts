import { fullJitterDelay, parseRetryAfter } from './backoff';

const NOW = Date.UTC(2022, 6, 5, 2, 0, 0);

describe('fullJitterDelay', () => {
  it('waits nothing when the random draw is zero', () => {
    expect(fullJitterDelay(0, () => 0)).toBe(0);
    expect(fullJitterDelay(6, () => 0)).toBe(0);
  });

  it('stays below the base delay on the first retry', () => {
    expect(fullJitterDelay(0, () => 0.999)).toBe(499);
    expect(fullJitterDelay(0, () => 0.5)).toBe(250);
  });

  it('doubles its ceiling with every attempt', () => {
    const ceilings = [0, 1, 2, 3].map((attempt) => fullJitterDelay(attempt, () => 0.999999));
    expect(ceilings).toEqual([499, 999, 1999, 3999]);
  });

  it('never exceeds the cap, however many attempts went before', () => {
    for (const attempt of [4, 5, 10, 30]) {
      expect(fullJitterDelay(attempt, () => 0.999999)).toBe(7999);
    }
  });

  it('uses the base and cap it is given', () => {
    expect(fullJitterDelay(0, () => 0.5, 100, 1000)).toBe(50);
    expect(fullJitterDelay(5, () => 0.5, 100, 1000)).toBe(500);
  });

  it('draws a whole number of milliseconds within [0, min(cap, base * 2^attempt))', () => {
    for (let attempt = 0; attempt < 8; attempt += 1) {
      for (const draw of [0, 0.123, 0.5, 0.987654]) {
        const delay = fullJitterDelay(attempt, () => draw);
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(8000, 500 * 2 ** attempt));
      }
    }
  });
});

describe('parseRetryAfter', () => {
  it('answers null when there is no header', () => {
    expect(parseRetryAfter(undefined, NOW)).toBeNull();
    expect(parseRetryAfter('', NOW)).toBeNull();
  });

  it('reads delta seconds as milliseconds', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
  });

  it('ignores whitespace around delta seconds', () => {
    expect(parseRetryAfter(' 3 ', NOW)).toBe(3000);
  });

  it('reads an HTTP date as the time left until then', () => {
    const in90s = new Date(NOW + 90_000).toUTCString();
    expect(parseRetryAfter(in90s, NOW)).toBe(90_000);
  });

  it('answers zero for an HTTP date already in the past', () => {
    const earlier = new Date(NOW - 60_000).toUTCString();
    expect(parseRetryAfter(earlier, NOW)).toBe(0);
  });

  it('answers null for a value that is neither seconds nor a date', () => {
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter('in a while', NOW)).toBeNull();
  });
});
