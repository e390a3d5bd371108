/**
 * The gateway under load, for the load model (config/bench/load): not its rules but its
 * capacity. Ordinary requests queue for one server working `requestsPerSecond` (uploads cost
 * their bytes too); when the queue's wait passes `maxBacklogMs` the gateway sheds with 429 and
 * a Retry-After that spreads the returns at the rate it can serve them. Verification jobs run in
 * `verificationSlots` at once; a start with every slot taken gets 503 with Retry-After until the
 * next slot frees. A share of jobs jams (no progress, then stalled). Time is the caller's clock.
 */
import type { ApiEnvelope, ErrorCode } from '../../types';

export interface CapacitySettings {
  requestsPerSecond: number;
  verificationSlots: number;
  /** How long a job runs once it has a slot. */
  verificationMs: number;
  /** Share of jobs that jam: they stop progressing and report stalled after `jamMs`. */
  jamRate: number;
  jamMs: number;
  /** Queue wait beyond which requests are shed. */
  maxBacklogMs: number;
  /** Upload bytes the gateway takes in per second, on top of the request itself. */
  uploadBytesPerSecond: number;
  /** What a poll is told while the gateway is idle; it grows with the queue. */
  basePollAfterMs: number;
  /** Turning a request away is not free: this share of serving one. */
  shedCost: number;
}

export interface CapacityRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  sizeBytes: number;
}

export interface CapacityAnswer {
  /** When the answer leaves the gateway (the caller's clock). */
  atMs: number;
  status: number;
  headers: Record<string, string>;
  body: ApiEnvelope<unknown>;
}

export interface CapacityStats {
  requests: number;
  shed: number;
  peakQueue: number;
  verificationStarts: number;
  /** Most verification jobs running at once. */
  peakJobs: number;
  /** Registrations recorded per parent (session token). */
  registrationsByParent: Map<string, number>;
}

interface Job {
  id: string;
  startedAt: number;
  jammed: boolean;
}

const SERVER_TIME = '2022-07-05T10:00:00+08:00';

function ok(data: unknown): ApiEnvelope<unknown> {
  return { ok: true, data, serverTime: SERVER_TIME };
}

function failure(code: ErrorCode): ApiEnvelope<unknown> {
  return { ok: false, error: { code }, serverTime: SERVER_TIME };
}

export function createCapacityGateway(settings: CapacitySettings, random: () => number) {
  const serviceMs = 1000 / settings.requestsPerSecond;
  let busyUntil = 0;
  let returnsUntil = 0;
  let jobReturnsUntil = 0;
  const finishes: number[] = [];
  let finishHead = 0;
  const jobs = new Map<string, Job>();
  const running: number[] = [];
  const byKey = new Map<string, unknown>();
  const stats: CapacityStats = {
    requests: 0,
    shed: 0,
    peakQueue: 0,
    verificationStarts: 0,
    peakJobs: 0,
    registrationsByParent: new Map(),
  };
  let nextId = 0;

  function queueLength(now: number): number {
    while (finishHead < finishes.length && (finishes[finishHead] ?? 0) <= now) finishHead += 1;
    if (finishHead > 4096) {
      finishes.splice(0, finishHead);
      finishHead = 0;
    }
    return finishes.length - finishHead;
  }

  function shed(now: number, status: 429 | 503, retryAt: number): CapacityAnswer {
    stats.shed += 1;
    busyUntil = Math.max(busyUntil, now) + serviceMs * settings.shedCost;
    const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
    const code: ErrorCode = status === 429 ? 'RATE_LIMITED' : 'UNAVAILABLE';
    return { atMs: now, status, headers: { 'retry-after': String(seconds) }, body: failure(code) };
  }

  function activeJobs(now: number): number {
    for (let i = running.length - 1; i >= 0; i -= 1) {
      if ((running[i] ?? 0) <= now) running.splice(i, 1);
    }
    return running.length;
  }

  function jobView(job: Job, now: number) {
    const elapsed = now - job.startedAt;
    const backlog = Math.max(0, busyUntil - now);
    const pollAfterMs = Math.round(settings.basePollAfterMs + backlog);
    if (job.jammed) {
      const stalled = elapsed >= settings.jamMs;
      return {
        id: job.id,
        status: stalled ? 'stalled' : 'running',
        progress: 0.3,
        checks: [],
        pollAfterMs,
      };
    }
    const done = elapsed >= settings.verificationMs;
    const progress = done ? 1 : Math.min(0.99, elapsed / settings.verificationMs);
    return { id: job.id, status: done ? 'done' : 'running', progress, checks: [], pollAfterMs };
  }

  function serve(
    request: CapacityRequest,
    now: number,
  ): { status: number; body: ApiEnvelope<unknown> } {
    const parent = request.headers['x-session-token'] ?? '';
    if (request.method === 'POST' && request.path === '/session') {
      nextId += 1;
      return { status: 200, body: ok({ token: `t-${nextId}` }) };
    }
    if (request.method === 'POST' && request.path === '/verifications') {
      stats.verificationStarts += 1;
      nextId += 1;
      const job: Job = { id: `v-${nextId}`, startedAt: now, jammed: random() < settings.jamRate };
      jobs.set(job.id, job);
      running.push(now + (job.jammed ? settings.jamMs : settings.verificationMs));
      stats.peakJobs = Math.max(stats.peakJobs, activeJobs(now));
      return { status: 200, body: ok(jobView(job, now)) };
    }
    if (request.method === 'GET' && request.path.startsWith('/verifications/')) {
      const job = jobs.get(request.path.slice('/verifications/'.length));
      return job
        ? { status: 200, body: ok(jobView(job, now)) }
        : { status: 404, body: failure('NOT_FOUND') };
    }
    if (request.method === 'POST' && request.path === '/uploads') {
      nextId += 1;
      return { status: 201, body: ok({ id: `u-${nextId}`, bytes: request.sizeBytes }) };
    }
    if (request.method === 'POST' && request.path === '/registrations') {
      const key = request.headers['idempotency-key'];
      const replay = key ? byKey.get(key) : undefined;
      if (replay) return { status: 201, body: ok(replay) };
      nextId += 1;
      const registration = { id: `r-${nextId}`, parent };
      if (key) byKey.set(key, registration);
      stats.registrationsByParent.set(parent, (stats.registrationsByParent.get(parent) ?? 0) + 1);
      return { status: 201, body: ok(registration) };
    }
    return { status: 404, body: failure('NOT_FOUND') };
  }

  /** Takes one request arriving at `now` and says what leaves the gateway, and when. */
  function handle(request: CapacityRequest, now: number): CapacityAnswer {
    stats.requests += 1;
    const wait = Math.max(0, busyUntil - now);
    if (wait > settings.maxBacklogMs) {
      // Returns are booked one service time apart after the backlog, so they do not crowd back.
      returnsUntil = Math.max(returnsUntil, busyUntil - settings.maxBacklogMs / 2) + serviceMs;
      return shed(now, 429, returnsUntil);
    }
    const isStart = request.method === 'POST' && request.path === '/verifications';
    if (isStart && activeJobs(now) >= settings.verificationSlots) {
      // Likewise for jobs: returns booked at the rate slots free up.
      jobReturnsUntil =
        Math.max(jobReturnsUntil, Math.min(...running)) +
        settings.verificationMs / settings.verificationSlots;
      return shed(now, 503, jobReturnsUntil);
    }
    const cost = serviceMs + (request.sizeBytes * 1000) / settings.uploadBytesPerSecond;
    busyUntil = Math.max(busyUntil, now) + cost;
    finishes.push(busyUntil);
    stats.peakQueue = Math.max(stats.peakQueue, queueLength(now));
    const answer = serve(request, busyUntil);
    return { atMs: busyUntil, status: answer.status, headers: {}, body: answer.body };
  }

  return { handle, stats };
}

export type CapacityGateway = ReturnType<typeof createCapacityGateway>;
