import type { Verification } from '@contract';
import { parseVerification } from '@/api/enrollment-parsers';
import type { Transport } from '@/api/transport';
import type { VirtualClock } from './virtual-clock';

/** What one parent does, apart from the gateway: how long they type, which photos they add. */
export interface ParentShape {
  arrivalMs: number;
  /** From opening the app to having typed the child's ID number (verification starts then). */
  toIdsMs: number;
  /** From then to tapping submit, photos included. */
  typingMs: number;
  photoBytes: number[];
}

/** The client under test: its transport and how it waits out load and polls. */
export interface LoadClient {
  transport: Transport;
  /** Runs one step until the gateway serves it (the waiting room), or as the client retries. */
  patience<T>(step: () => Promise<T>): Promise<T>;
  pollDelayMs(pollAfterMs: number, pollsWithoutProgress: number): number;
  /** Time without progress after which the client treats the job as jammed (FAQ 9). */
  stallAfterMs: number;
  /** Keeps the session token the gateway handed out, for the transport's session hooks. */
  signedIn(token: string): void;
}

export interface JourneyResult {
  confirmedAtMs: number;
  verificationStarts: number;
}

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);
const anything = (data: unknown) => (isRecord(data) ? data : null);

async function verify(client: LoadClient, clock: VirtualClock): Promise<number> {
  let starts = 0;
  for (;;) {
    starts += 1;
    let job: Verification = await client.patience(() =>
      client.transport.call({
        method: 'POST',
        path: '/verifications',
        body: { childIdNumber: 'x', childName: 'x' },
        parse: parseVerification,
      }),
    );
    let quiet = 0;
    let lastProgressAt = clock.now();
    while (job.status === 'running' && clock.now() - lastProgressAt <= client.stallAfterMs) {
      await clock.sleep(client.pollDelayMs(job.pollAfterMs, quiet));
      const id = job.id;
      const next = await client.patience(() =>
        client.transport.call({
          method: 'GET',
          path: `/verifications/${id}`,
          parse: parseVerification,
        }),
      );
      if (next.progress > job.progress) {
        quiet = 0;
        lastProgressAt = clock.now();
      } else {
        quiet += 1;
      }
      job = next;
    }
    // A jam: the parent taps 重新核验, which starts a new job.
    if (job.status === 'done') return starts;
  }
}

/**
 * One parent's registration without the UI, through the client's own transport: sign-on,
 * verification started once the IDs are typed and polled while the parent goes on typing,
 * photos uploaded as sized requests, and a submit carrying one idempotency key throughout.
 */
export async function runJourney(
  client: LoadClient,
  parent: ParentShape,
  clock: VirtualClock,
  idempotencyKey: string,
): Promise<JourneyResult> {
  const session = await client.patience(() =>
    client.transport.call({
      method: 'POST',
      path: '/session',
      body: { host: 'ishandong', ticket: 'one-time' },
      parse: anything,
      authenticated: false,
    }),
  );
  client.signedIn(String(session.token));
  await clock.sleep(parent.toIdsMs);
  const verified = verify(client, clock);
  // Awaited after typing; until then a failure must not count as unhandled.
  verified.catch(() => undefined);
  await clock.sleep(parent.typingMs);
  for (const sizeBytes of parent.photoBytes) {
    await client.patience(() =>
      client.transport.call({
        method: 'POST',
        path: '/uploads',
        body: { sizeBytes },
        parse: anything,
      }),
    );
  }
  const verificationStarts = await verified;
  await client.patience(() =>
    client.transport.call({
      method: 'POST',
      path: '/registrations',
      body: {},
      idempotencyKey,
      parse: anything,
      // As submitRegistration: the waiting room, not the transport, waits out a busy gateway.
      callerWaitsOutLoad: true,
    }),
  );
  return { confirmedAtMs: clock.now(), verificationStarts };
}
