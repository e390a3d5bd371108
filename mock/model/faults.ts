/** Fault injection: make the mock gateway slow, failing or unreachable on purpose. */

export const FAULT_MODES = [
  'none',
  'latency',
  'server-error',
  'unavailable',
  'rate-limited',
  'network-error',
  'hang',
  'expire-session',
] as const;

export type FaultMode = (typeof FAULT_MODES)[number];

export interface FaultSpec {
  mode: FaultMode;
  /** For 'latency': how long to wait before answering normally (default 1500 ms). */
  latencyMs?: number;
  /** For 'unavailable' and 'rate-limited': the Retry-After header (default 10 s). */
  retryAfterSeconds?: number;
  /** How many requests the fault still applies to; absent means every request. */
  times?: number;
  /** Only requests whose path (after the base URL) starts with this. */
  pathPrefix?: string;
  /** How long the fault lasts on the gateway's clock from when it is set (a storm of a minute). */
  forSeconds?: number;
  /** When it ends on the gateway's clock (epoch ms), set from `forSeconds`. */
  untilMs?: number;
}

export const DEFAULT_LATENCY_MS = 1500;
export const DEFAULT_RETRY_AFTER_SECONDS = 10;

export type ParsedFault = { ok: true; fault: FaultSpec | null } | { ok: false; field: string };

function isNonNegative(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Validates a fault from the wire or a URL; 'none' and null both clear the fault. */
export function parseFault(value: unknown): ParsedFault {
  if (value === null || value === undefined) return { ok: true, fault: null };
  if (typeof value !== 'object' || Array.isArray(value)) return { ok: false, field: 'fault' };
  const raw = value as Record<string, unknown>;
  if (!FAULT_MODES.includes(raw.mode as FaultMode)) return { ok: false, field: 'fault.mode' };
  const fault: FaultSpec = { mode: raw.mode as FaultMode };
  if (raw.latencyMs !== undefined) {
    if (!isNonNegative(raw.latencyMs)) return { ok: false, field: 'fault.latencyMs' };
    fault.latencyMs = raw.latencyMs;
  }
  if (raw.retryAfterSeconds !== undefined) {
    if (!isNonNegative(raw.retryAfterSeconds))
      return { ok: false, field: 'fault.retryAfterSeconds' };
    fault.retryAfterSeconds = Math.round(raw.retryAfterSeconds);
  }
  if (raw.times !== undefined) {
    if (!isNonNegative(raw.times) || !Number.isInteger(raw.times)) {
      return { ok: false, field: 'fault.times' };
    }
    fault.times = raw.times;
  }
  if (raw.pathPrefix !== undefined) {
    if (typeof raw.pathPrefix !== 'string') return { ok: false, field: 'fault.pathPrefix' };
    fault.pathPrefix = raw.pathPrefix;
  }
  for (const key of ['forSeconds', 'untilMs'] as const) {
    if (raw[key] === undefined) continue;
    if (!isNonNegative(raw[key])) return { ok: false, field: `fault.${key}` };
    fault[key] = raw[key];
  }
  return { ok: true, fault: fault.mode === 'none' || fault.times === 0 ? null : fault };
}

/** True when a pathPrefix names a path on its own, so an exempt request may still be hit. */
function namesPathExplicitly(fault: FaultSpec, path: string): boolean {
  const prefix = fault.pathPrefix;
  return prefix !== undefined && prefix !== '' && prefix !== '/' && path.startsWith(prefix);
}

/**
 * Whether a fault hits a request. Exempt requests (control endpoints, dev sign-on) are hit only
 * when the fault's pathPrefix names them, so a developer can always get back in and switch it off.
 */
export function faultApplies(
  fault: FaultSpec | null,
  path: string,
  exempt: boolean,
  nowMs = -Infinity,
): boolean {
  if (!fault || fault.mode === 'none' || fault.times === 0) return false;
  if (fault.untilMs !== undefined && nowMs >= fault.untilMs) return false;
  if (exempt) return namesPathExplicitly(fault, path);
  return fault.pathPrefix === undefined || path.startsWith(fault.pathPrefix);
}

/** Counts one use of a limited fault; answers the fault left afterwards (null when used up). */
export function consumeFault(fault: FaultSpec): FaultSpec | null {
  if (fault.times === undefined) return fault;
  const times = fault.times - 1;
  return times > 0 ? { ...fault, times } : null;
}
