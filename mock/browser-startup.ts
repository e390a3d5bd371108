/**
 * What the browser worker does around the gateway: keep its state across page reloads in
 * sessionStorage, and take a fault and a clock from the page's query string at start.
 */
import { parseFault } from './model/faults';
import { isGatewayStateSnapshot, type GatewayStateSnapshot } from './model/state';
import type { MockGateway } from './router';

export const MOCK_STORAGE_KEY = 'jinan-mock-gateway';

interface PersistedGateway {
  version: 1;
  state: GatewayStateSnapshot;
  /** Mock time and real time at saving, so the mock clock keeps running across a reload. */
  clockNow: number;
  savedAt: number;
}

/** Saves the gateway's state and clock; storage errors (quota, private mode) are ignored. */
export function saveGateway(storage: Storage, gateway: MockGateway): void {
  const persisted: PersistedGateway = {
    version: 1,
    state: gateway.state.snapshot(),
    clockNow: gateway.clock.now(),
    savedAt: Date.now(),
  };
  try {
    storage.setItem(MOCK_STORAGE_KEY, JSON.stringify(persisted));
  } catch {
    // The mock still works without persistence.
  }
}

/** Restores what saveGateway saved; answers false (and forgets it) when it is missing or broken. */
export function loadGateway(storage: Storage, gateway: MockGateway): boolean {
  const text = storage.getItem(MOCK_STORAGE_KEY);
  if (text === null) return false;
  try {
    const persisted = JSON.parse(text) as Partial<PersistedGateway>;
    if (persisted.version !== 1 || !isGatewayStateSnapshot(persisted.state)) throw new TypeError();
    if (typeof persisted.clockNow !== 'number' || typeof persisted.savedAt !== 'number') {
      throw new TypeError();
    }
    gateway.state.restore(persisted.state);
    gateway.clock.set(persisted.clockNow + (Date.now() - persisted.savedAt));
    return true;
  } catch {
    storage.removeItem(MOCK_STORAGE_KEY);
    return false;
  }
}

/** Reads a fault: a mode name ('unavailable') or a JSON spec ('{"mode":"latency","latencyMs":3000}'). */
function readFaultParam(value: string) {
  const trimmed = value.trim();
  const raw: unknown = trimmed.startsWith('{') ? JSON.parse(trimmed) : { mode: trimmed };
  return parseFault(raw);
}

/**
 * Applies `mockFault` and `mockClock` from a query string (e.g. a link a tester shares);
 * invalid values are ignored. Answers the names of the parameters it applied.
 */
export function applyStartupQuery(gateway: MockGateway, search: string): string[] {
  const params = new URLSearchParams(search);
  const applied: string[] = [];
  const fault = params.get('mockFault');
  if (fault !== null) {
    try {
      const parsed = readFaultParam(fault);
      if (parsed.ok) {
        gateway.state.fault = parsed.fault;
        applied.push('mockFault');
      }
    } catch {
      // Not JSON: ignored.
    }
  }
  const clock = params.get('mockClock');
  if (clock !== null && Number.isFinite(Date.parse(clock))) {
    gateway.clock.set(clock);
    applied.push('mockClock');
  }
  return applied;
}
