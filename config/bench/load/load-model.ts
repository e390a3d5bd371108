/**
 * The opening-day load model (`npm run bench -- --only load`): the same population of parents,
 * on a virtual clock, first against a gateway without limits (what they ask for), then against
 * the capacity model sized to a share of that demand, with our client and with a naive one.
 */
import { createCapacityGateway, type CapacitySettings } from '@mock/capacity/capacity-gateway';
import { untilServed } from '@/api/load-shedding';
import { nextPollDelayMs } from '@/api/poll-policy';
import { createTransport } from '@/api/transport';
import { arrivalTimes, OPENING_HOUR, seededRandom, type ArrivalCurve } from './arrivals';
import { createNaiveTransport } from './naive-client';
import { runJourney, type LoadClient, type ParentShape } from './parent-journey';
import { MOBILE_WIRE, simulatedSend, type WireSettings } from './simulated-send';
import { createVirtualClock, type VirtualClock } from './virtual-clock';

export type ClientKind = 'ours' | 'naive';

export interface LoadSettings {
  curve: ArrivalCurve;
  wire: WireSettings;
  /** The gateway's behaviour apart from its size, which each scenario derives from demand. */
  gateway: Omit<CapacitySettings, 'requestsPerSecond' | 'verificationSlots'>;
  /** How long after the hour parents still finishing are waited for; later ones count as lost. */
  drainMs: number;
  timeoutMs: number;
  seed: number;
}

export const OPENING_DAY: LoadSettings = {
  curve: OPENING_HOUR,
  wire: MOBILE_WIRE,
  gateway: {
    verificationMs: 8000,
    jamRate: 0.02,
    jamMs: 30_000,
    maxBacklogMs: 3000,
    uploadBytesPerSecond: 50_000_000,
    basePollAfterMs: 1000,
    shedCost: 0,
  },
  drainMs: 2 * 3_600_000,
  timeoutMs: 15_000,
  seed: 20220701,
};

export interface RunFigures {
  client: ClientKind;
  parents: number;
  completed: number;
  lost: number;
  /** Journeys that ended in an error the client did not wait out. */
  gaveUp: number;
  duplicated: number;
  requests: number;
  shed: number;
  requestsPerRegistration: number;
  p50Ms: number;
  p95Ms: number;
  peakQueue: number;
  /** Busiest 10 s of requests arriving at the gateway, per second. */
  peakRequestsPerSecond: number;
  peakJobs: number;
  wallMs: number;
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

/** The same parents in every run: arrivals, typing times and photos from the seed. */
export function population(settings: LoadSettings): ParentShape[] {
  const random = seededRandom(settings.seed);
  return arrivalTimes(settings.curve, random).map((arrivalMs) => {
    const photos = Math.floor(random() * 4);
    return {
      arrivalMs,
      toIdsMs: 20_000 + random() * 40_000,
      typingMs: 180_000 + random() * 300_000,
      photoBytes: Array.from({ length: photos }, () => Math.round(300_000 + random() * 700_000)),
    };
  });
}

function clientFor(
  kind: ClientKind,
  send: Parameters<typeof createTransport>[0]['send'],
  clock: VirtualClock,
  random: () => number,
  timeoutMs: number,
): LoadClient {
  let token: string | null = null;
  const signedIn = (value: string) => {
    token = value;
  };
  if (kind === 'naive') {
    return {
      transport: createNaiveTransport(send, clock.sleep, () => token, timeoutMs),
      patience: (step) => step(),
      pollDelayMs: () => 1000,
      stallAfterMs: 20_000,
      signedIn,
    };
  }
  const transport = createTransport({
    baseUrl: '',
    send,
    session: { getToken: () => token, renew: async () => false },
    sleep: clock.sleep,
    random,
    now: clock.now,
    timeoutMs,
  });
  return {
    transport,
    patience: (step) => untilServed(step, { sleep: clock.sleep, random }),
    pollDelayMs: nextPollDelayMs,
    stallAfterMs: 20_000,
    signedIn,
  };
}

/** Runs every parent of `parents` with one client against one gateway of `capacity`. */
export async function runLoad(
  settings: LoadSettings,
  parents: ParentShape[],
  kind: ClientKind,
  size: Pick<CapacitySettings, 'requestsPerSecond' | 'verificationSlots'>,
): Promise<RunFigures> {
  const started = Date.now();
  const clock = createVirtualClock();
  const random = seededRandom(settings.seed + 1);
  const gateway = createCapacityGateway({ ...settings.gateway, ...size }, random);
  const buckets = new Map<number, number>();
  const send = simulatedSend(gateway, clock, settings.wire, (atMs) => {
    const bucket = Math.floor(atMs / 10_000);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
  });
  const times: number[] = [];
  let failed = 0;
  parents.forEach((parent, index) => {
    void clock.sleep(parent.arrivalMs).then(async () => {
      const client = clientFor(kind, send, clock, random, settings.timeoutMs);
      try {
        const result = await runJourney(client, parent, clock, `sub-${index}`);
        times.push(result.confirmedAtMs - parent.arrivalMs);
      } catch {
        failed += 1;
      }
    });
  });
  await clock.run(settings.curve.hourMs + settings.drainMs);
  const completed = times.length;
  times.sort((a, b) => a - b);
  let duplicated = 0;
  for (const count of gateway.stats.registrationsByParent.values()) duplicated += count - 1;
  return {
    client: kind,
    parents: parents.length,
    completed,
    lost: parents.length - completed,
    gaveUp: failed,
    duplicated,
    requests: gateway.stats.requests,
    shed: gateway.stats.shed,
    requestsPerRegistration: completed ? gateway.stats.requests / completed : 0,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    peakQueue: gateway.stats.peakQueue,
    peakRequestsPerSecond: Math.max(0, ...buckets.values()) / 10,
    peakJobs: gateway.stats.peakJobs,
    wallMs: Date.now() - started,
  };
}

export interface LoadScenario {
  /** Demand at its peak over capacity: 2 means parents ask twice what the gateway can do. */
  loadFactor: number;
  ours: RunFigures;
  naive: RunFigures | null;
  capacity: Pick<CapacitySettings, 'requestsPerSecond' | 'verificationSlots'>;
}

export interface LoadReport {
  parents: number;
  unlimited: RunFigures;
  scenarios: LoadScenario[];
}

const UNLIMITED = { requestsPerSecond: 1e9, verificationSlots: 1e9 };

/**
 * Measures demand without limits, then for each load factor sizes the gateway to the peak demand
 * over that factor and runs our client (and the naive one where asked) against it.
 */
export async function runLoadModel(
  settings: LoadSettings,
  factors: { loadFactor: number; naive: boolean }[],
): Promise<LoadReport> {
  const parents = population(settings);
  const unlimited = await runLoad(settings, parents, 'ours', UNLIMITED);
  const scenarios: LoadScenario[] = [];
  for (const { loadFactor, naive } of factors) {
    const capacity = {
      requestsPerSecond: unlimited.peakRequestsPerSecond / loadFactor,
      verificationSlots: Math.max(1, Math.round(unlimited.peakJobs / loadFactor)),
    };
    const ours = await runLoad(settings, parents, 'ours', capacity);
    const other = naive ? await runLoad(settings, parents, 'naive', capacity) : null;
    scenarios.push({ loadFactor, ours, naive: other, capacity });
  }
  return { parents: parents.length, unlimited, scenarios };
}
