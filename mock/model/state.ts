/** The mock gateway's mutable state, and its plain-JSON snapshot for persistence. */
import type { RegistrationWindow, Subsystem } from '../../types';
import { SEASON_2022 } from '../seed/season';
import { isDraftsState, isEndedDrafts, type DraftsState, type EndedDrafts } from './drafts';
import { createEnrollmentState, isEnrollmentState, type EnrollmentState } from './enrollment-state';
import { parseFault, type FaultSpec } from './faults';

export interface SessionRecord {
  parentId: string;
  /** Epoch ms on the mock clock; the token stops working at this moment. */
  expiresAt: number;
}

export interface GatewayStateSnapshot {
  version: 1;
  sessions: Record<string, SessionRecord>;
  usedTickets: string[];
  windows: Record<Subsystem, RegistrationWindow>;
  fault: FaultSpec | null;
  enrollment: EnrollmentState;
  /** Absent in snapshots saved before drafts existed. */
  drafts?: DraftsState;
  /** Absent in snapshots saved before finished drafts were kept closed. */
  endedDrafts?: EndedDrafts;
}

export interface GatewayState {
  /** Session records by token. */
  sessions: Map<string, SessionRecord>;
  /** Host tickets already exchanged (a ticket works once). */
  usedTickets: Set<string>;
  windows: Record<Subsystem, RegistrationWindow>;
  fault: FaultSpec | null;
  /** Verification jobs, registrations and the Idempotency-Key ledger. */
  enrollment: EnrollmentState;
  /** Server copies of drafts (FAQ 7), by parent. */
  drafts: DraftsState;
  /** Drafts submitted or deleted, closed for good. */
  endedDrafts: EndedDrafts;
  /** A deep copy as plain JSON (for sessionStorage between page reloads). */
  snapshot(): GatewayStateSnapshot;
  /** Replaces the state with a snapshot; throws on a snapshot of the wrong shape. */
  restore(snapshot: unknown): void;
  /** Back to a fresh state: no sessions, no used tickets, season windows, no fault. */
  reset(): void;
}

function defaultWindows(): Record<Subsystem, RegistrationWindow> {
  return {
    enrollment: { ...SEASON_2022.windows.enrollment },
    transfer: { ...SEASON_2022.windows.transfer },
  };
}

function isWindow(value: unknown): value is RegistrationWindow {
  const w = value as RegistrationWindow | null;
  return typeof w?.opensAt === 'string' && typeof w.closesAt === 'string';
}

function isSessionRecord(value: unknown): value is SessionRecord {
  const s = value as SessionRecord | null;
  return typeof s?.parentId === 'string' && typeof s.expiresAt === 'number';
}

/** Checks an untrusted snapshot (it comes back from sessionStorage) before it replaces state. */
export function isGatewayStateSnapshot(value: unknown): value is GatewayStateSnapshot {
  const s = value as GatewayStateSnapshot | null;
  return (
    s?.version === 1 &&
    typeof s.sessions === 'object' &&
    s.sessions !== null &&
    Object.values(s.sessions).every(isSessionRecord) &&
    Array.isArray(s.usedTickets) &&
    s.usedTickets.every((t) => typeof t === 'string') &&
    isWindow(s.windows?.enrollment) &&
    isWindow(s.windows?.transfer) &&
    parseFault(s.fault).ok &&
    isEnrollmentState(s.enrollment) &&
    (s.drafts === undefined || isDraftsState(s.drafts)) &&
    (s.endedDrafts === undefined || isEndedDrafts(s.endedDrafts))
  );
}

/** Creates the state one mock gateway works on (one per test, one per browser tab). */
export function createGatewayState(): GatewayState {
  const state: GatewayState = {
    sessions: new Map(),
    usedTickets: new Set(),
    windows: defaultWindows(),
    fault: null,
    enrollment: createEnrollmentState(),
    drafts: {},
    endedDrafts: {},
    snapshot() {
      const copy: GatewayStateSnapshot = {
        version: 1,
        sessions: Object.fromEntries(state.sessions),
        usedTickets: [...state.usedTickets],
        windows: state.windows,
        fault: state.fault,
        enrollment: state.enrollment,
        drafts: state.drafts,
        endedDrafts: state.endedDrafts,
      };
      return JSON.parse(JSON.stringify(copy)) as GatewayStateSnapshot;
    },
    restore(snapshot) {
      if (!isGatewayStateSnapshot(snapshot)) {
        throw new TypeError('Not a mock gateway state snapshot');
      }
      const copy = JSON.parse(JSON.stringify(snapshot)) as GatewayStateSnapshot;
      state.sessions = new Map(Object.entries(copy.sessions));
      state.usedTickets = new Set(copy.usedTickets);
      state.windows = copy.windows;
      state.fault = copy.fault;
      state.enrollment = copy.enrollment;
      state.drafts = copy.drafts ?? {};
      state.endedDrafts = copy.endedDrafts ?? {};
    },
    reset() {
      state.sessions = new Map();
      state.usedTickets = new Set();
      state.windows = defaultWindows();
      state.fault = null;
      state.enrollment = createEnrollmentState();
      state.drafts = {};
      state.endedDrafts = {};
    },
  };
  return state;
}
