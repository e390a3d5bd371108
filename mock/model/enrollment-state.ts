/**
 * The enrollment part of the gateway state: verification jobs, registrations and the
 * Idempotency-Key ledger. Plain JSON objects, so the snapshot is a straight copy.
 */
import type {
  Appointment,
  CorrectionRequest,
  Registration,
  StatusChange,
  SubmitRegistration,
  VerificationSource,
} from '../../types';

export interface VerificationJob {
  id: string;
  parentId: string;
  /** The child the job checks; compared with the registration that cites the job. */
  childIdNumber: string;
  sources: VerificationSource[];
  /** Mock-clock epoch ms when the job started; its progress is read off the clock. */
  startedAt: number;
  /** Whether this job stalls ("jams", FAQ 9) instead of finishing. */
  stalls: boolean;
  /** The student status number asked about (transfer only). */
  studentStatusNumber?: string | null;
}

export interface RegistrationRecord {
  parentId: string;
  registration: Registration;
  /** The submitted body, kept for review and for "delete and fill again". */
  submission: SubmitRegistration;
  /** Every status the registration went through, oldest first (the timeline, FAQ 14). */
  history: StatusChange[];
  correction: CorrectionRequest | null;
  resultNote: string | null;
  /** The on-site appointment (FAQ 10); its slot's places are counted from these. */
  appointment: Appointment | null;
  /** The returned registration this one replaced after a correction. */
  replaces: string | null;
}

export interface IdempotencyRecord {
  /** The body the key was first used with; another body under the same key is refused. */
  fingerprint: string;
  registrationId: string;
}

export interface EnrollmentState {
  verifications: Record<string, VerificationJob>;
  /** In submission order. */
  registrations: RegistrationRecord[];
  /** By idempotencyKeyOf(parentId, key). */
  idempotency: Record<string, IdempotencyRecord>;
  /** The sequence number of the next registration reference. */
  nextReference: number;
  /** Capacity overrides by slot id (developer control); otherwise the seed's capacity. */
  slotCapacity: Record<string, number>;
}

/** An empty enrollment state (fresh gateway, reset). */
export function createEnrollmentState(): EnrollmentState {
  return {
    verifications: {},
    registrations: [],
    idempotency: {},
    nextReference: 1,
    slotCapacity: {},
  };
}

/** Keys are per parent: the same key from two parents names two different requests. */
export function idempotencyKeyOf(parentId: string, key: string): string {
  return `${parentId}\n${key}`;
}

/** A verification job by id; own keys only, so no id can reach Object.prototype. */
export function findJob(state: EnrollmentState, id: string): VerificationJob | undefined {
  return Object.prototype.hasOwnProperty.call(state.verifications, id)
    ? state.verifications[id]
    : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJob(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.parentId === 'string' &&
    typeof value.childIdNumber === 'string' &&
    Array.isArray(value.sources) &&
    typeof value.startedAt === 'number' &&
    typeof value.stalls === 'boolean'
  );
}

function isRecordOfRegistration(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.parentId === 'string' &&
    isObject(value.registration) &&
    typeof value.registration.id === 'string' &&
    isObject(value.submission) &&
    Array.isArray(value.history) &&
    (value.correction === null || isObject(value.correction)) &&
    (value.resultNote === null || typeof value.resultNote === 'string') &&
    (value.appointment === null || isObject(value.appointment)) &&
    (value.replaces === null || typeof value.replaces === 'string')
  );
}

function isLedgerEntry(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.fingerprint === 'string' &&
    typeof value.registrationId === 'string'
  );
}

/** Checks the enrollment part of an untrusted snapshot (it comes back from sessionStorage). */
export function isEnrollmentState(value: unknown): value is EnrollmentState {
  return (
    isObject(value) &&
    isObject(value.verifications) &&
    Object.values(value.verifications).every(isJob) &&
    Array.isArray(value.registrations) &&
    value.registrations.every(isRecordOfRegistration) &&
    isObject(value.idempotency) &&
    Object.values(value.idempotency).every(isLedgerEntry) &&
    isObject(value.slotCapacity) &&
    Object.values(value.slotCapacity).every((n) => typeof n === 'number') &&
    typeof value.nextReference === 'number' &&
    Number.isInteger(value.nextReference) &&
    value.nextReference >= 1
  );
}
