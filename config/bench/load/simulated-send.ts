import type { CapacityGateway } from '@mock/capacity/capacity-gateway';
import { TransportFailure, type RawSend } from '@/api/http-send';
import type { VirtualClock } from './virtual-clock';

/** The phone's side of the wire: half the round trip each way, and uploads at its uplink speed. */
export interface WireSettings {
  roundTripMs: number;
  uplinkBytesPerSecond: number;
}

export const MOBILE_WIRE: WireSettings = { roundTripMs: 120, uplinkBytesPerSecond: 250_000 };

function sizeOf(body: unknown): number {
  const size = (body as { sizeBytes?: unknown } | undefined)?.sizeBytes;
  return typeof size === 'number' ? size : 0;
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) result[key.toLowerCase()] = value;
  return result;
}

/**
 * A RawSend on the virtual clock against the capacity model. A request the gateway answers after
 * the client's time limit fails as a time-out on the phone, but the gateway still did the work
 * (so a submit may be recorded without the parent knowing: the idempotency key must save it).
 */
export function simulatedSend(
  gateway: CapacityGateway,
  clock: VirtualClock,
  wire: WireSettings,
  onRequest: (atMs: number) => void,
): RawSend {
  return async (request) => {
    const start = clock.now();
    const sizeBytes = sizeOf(request.body);
    await clock.sleep(wire.roundTripMs / 2 + (sizeBytes * 1000) / wire.uplinkBytesPerSecond);
    onRequest(clock.now());
    const answer = gateway.handle(
      { method: request.method, path: request.url, headers: lowerCase(request.headers), sizeBytes },
      clock.now(),
    );
    const arrives = answer.atMs + wire.roundTripMs / 2;
    const deadline = start + request.timeoutMs;
    if (arrives > deadline) {
      await clock.sleep(deadline - clock.now());
      throw new TransportFailure('timeout');
    }
    await clock.sleep(arrives - clock.now());
    return { status: answer.status, headers: answer.headers, body: answer.body };
  };
}
