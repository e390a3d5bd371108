/** @jest-environment node */
import { OPENING_DAY, population, runLoadModel, type LoadSettings } from './load-model';

const SMALL: LoadSettings = {
  ...OPENING_DAY,
  curve: { ...OPENING_DAY.curve, parents: 400 },
};

describe('the opening-day load model', () => {
  it('spreads most parents into the first minutes of the hour', () => {
    const arrivals = population(OPENING_DAY).map((p) => p.arrivalMs);
    const firstTenMinutes = arrivals.filter((t) => t < 600_000).length / arrivals.length;
    expect(arrivals).toHaveLength(20_000);
    expect(firstTenMinutes).toBeGreaterThan(0.4);
    expect(Math.max(...arrivals)).toBeLessThan(3_600_000);
  });

  it('completes every registration once at twice the capacity, with fewer requests than the naive client', async () => {
    const report = await runLoadModel(SMALL, [{ loadFactor: 2, naive: true }]);
    const [scenario] = report.scenarios;
    if (!scenario?.naive) throw new Error('the scenario ran without the naive client');
    expect(report.unlimited.shed).toBe(0);
    expect(scenario.ours).toMatchObject({ completed: 400, lost: 0, duplicated: 0 });
    expect(scenario.ours.shed).toBeGreaterThan(0);
    expect(
      scenario.ours.requestsPerRegistration / report.unlimited.requestsPerRegistration,
    ).toBeLessThanOrEqual(1.3);
    expect(scenario.naive.requests).toBeGreaterThan(scenario.ours.requests);
    // A simulated hour of 800 clients: under a second alone, longer beside a busy build.
  }, 30_000);
});
