/** @jest-environment node */
import { createVirtualClock } from './virtual-clock';

describe('the virtual clock', () => {
  it('runs an hour of sleeps in order without waiting for real time', async () => {
    const clock = createVirtualClock();
    const woke: string[] = [];
    void clock.sleep(3_600_000).then(() => woke.push(`hour at ${clock.now()}`));
    void clock.sleep(1000).then(async () => {
      woke.push(`second at ${clock.now()}`);
      await clock.sleep(500);
      woke.push(`then at ${clock.now()}`);
    });
    const started = Date.now();
    await clock.run(Infinity);
    expect(woke).toEqual(['second at 1000', 'then at 1500', 'hour at 3600000']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stops at the horizon and leaves later sleepers asleep', async () => {
    const clock = createVirtualClock();
    const woke: number[] = [];
    for (const ms of [10, 20, 30]) void clock.sleep(ms).then(() => woke.push(ms));
    await clock.run(20);
    expect(woke).toEqual([10, 20]);
    expect(clock.pending()).toBe(1);
  });
});
