/** The mock gateway: routes a transport-neutral request to its handler over one in-memory state. */
import { applyFault } from './apply-fault';
import { AFTER_SUBMIT_ROUTES } from './handlers/appointments';
import { CONFIG_ROUTES } from './handlers/config';
import { CONTENT_ROUTES } from './handlers/content';
import { CONTROL_ROUTES } from './handlers/control';
import { DRAFT_ROUTES } from './handlers/drafts';
import { ENROLLMENT_ROUTES } from './handlers/enrollment';
import type { HandlerContext, Route } from './handlers/context';
import { SESSION_ROUTES } from './handlers/session';
import { UPLOAD_ROUTES } from './handlers/uploads';
import { createMockClock, type MockClock } from './model/clock';
import { consumeFault, faultApplies } from './model/faults';
import { refuseDevelopmentHost } from './model/sessions';
import { createGatewayState, type GatewayState } from './model/state';
import { failReply, type MockReply, type MockRequest } from './reply';
import { MAX_JSON_BODY_BYTES } from '../types';

export type { MockReply, MockRequest } from './reply';

export interface MockGateway {
  state: GatewayState;
  clock: MockClock;
  /** Answers one request as the real gateway would (including injected faults). */
  handle(req: MockRequest): Promise<MockReply>;
}

export interface GatewayOptions {
  /** A clock to share (e.g. with a test); otherwise a new one. */
  clock?: MockClock;
  /** Initial time of a new clock (ISO 8601 or epoch ms); default DEFAULT_MOCK_NOW. */
  now?: string | number;
  /** A state to work on (e.g. restored from a snapshot); otherwise a fresh one. */
  state?: GatewayState;
  /** Refuse the development host, as a production gateway does (default: accept it). */
  productionHostsOnly?: boolean;
}

const ROUTES: Route[] = [
  ...SESSION_ROUTES,
  ...CONFIG_ROUTES,
  ...CONTENT_ROUTES,
  ...CONTROL_ROUTES,
  ...ENROLLMENT_ROUTES,
  ...UPLOAD_ROUTES,
  ...DRAFT_ROUTES,
  ...AFTER_SUBMIT_ROUTES,
];

const CONTROL_PREFIX = '/__mock/';

/** Leading slash, no trailing slash: '/notices/' and 'notices' both become '/notices'. */
export function normalisePath(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, '') || '/' : withSlash;
}

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = got[i] ?? '';
    if (segment.startsWith(':')) {
      if (actual === '') return null;
      params[segment.slice(1)] = decodeURIComponent(actual);
    } else if (segment !== actual) {
      return null;
    }
  }
  return params;
}

function findRoute(
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const params = matchPattern(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}

/** The size of a non-binary body as it came over the wire (JSON text), in UTF-8 bytes. */
function jsonBodyBytes(body: unknown): number {
  if (body === undefined || ArrayBuffer.isView(body)) return 0;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  // Counted by hand: the mini-program runtime the in-process mock also runs in has no TextEncoder.
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 + 2 for its halves.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** Creates a mock gateway; tests make one each, the browser and http adapters one per process. */
export function createGateway(options: GatewayOptions = {}): MockGateway {
  const clock = options.clock ?? createMockClock(options.now);
  const state = options.state ?? createGatewayState();
  if (options.productionHostsOnly) refuseDevelopmentHost(state);

  async function handle(incoming: MockRequest): Promise<MockReply> {
    const req: MockRequest = {
      ...incoming,
      method: incoming.method.toUpperCase(),
      path: normalisePath(incoming.path),
    };
    const match = findRoute(req.method, req.path);
    const ctx: HandlerContext = { req, params: match?.params ?? {}, state, clock };
    const exempt = req.path.startsWith(CONTROL_PREFIX) || (match?.route.exempt?.(req) ?? false);
    const fault = state.fault;
    if (fault?.untilMs !== undefined && clock.now() >= fault.untilMs) state.fault = null;
    if (fault && faultApplies(fault, req.path, exempt, clock.now())) {
      state.fault = consumeFault(fault);
      const replaced = await applyFault(fault, ctx);
      if (replaced) return replaced;
    }
    if (jsonBodyBytes(req.body) > MAX_JSON_BODY_BYTES) {
      // Refused before any handler reads it: a body this large is never a parent's answers.
      return failReply(clock, 413, 'VALIDATION_FAILED', {
        fields: [{ field: 'body', code: 'too-large' }],
      });
    }
    if (!match) {
      return failReply(clock, 404, 'NOT_FOUND', {
        detail: `no route for ${req.method} ${req.path}`,
      });
    }
    return match.route.handler(ctx);
  }

  return { state, clock, handle };
}
