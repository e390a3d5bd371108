import { nextPollDelayMs, POLL } from './poll-policy';

describe('nextPollDelayMs', () => {
  it('follows the gateway while the job progresses, never sooner than a second', () => {
    expect(nextPollDelayMs(250, 0)).toBe(POLL.floorMs);
    expect(nextPollDelayMs(2000, 0)).toBe(2000);
  });

  it('stretches polls that bring no progress up to the cap', () => {
    expect(nextPollDelayMs(1000, 1)).toBe(1500);
    expect(nextPollDelayMs(1000, 2)).toBe(2250);
    expect(nextPollDelayMs(1000, 20)).toBe(POLL.capMs);
  });

  it('waits as long as a busy gateway asks even beyond the cap', () => {
    expect(nextPollDelayMs(12_000, 5)).toBe(12_000);
  });
});
