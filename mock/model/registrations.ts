/** Storing registrations: category, reference number, duplicates and the Idempotency-Key ledger. */
import type {
  CategoryId,
  Registration,
  RegistrationSummary,
  SubmitRegistration,
} from '../../types';
import { findSeedChild } from '../seed/children';
import { SEASON_2022 } from '../seed/season';
import { formatGatewayTime } from './clock';
import {
  idempotencyKeyOf,
  type EnrollmentState,
  type RegistrationRecord,
} from './enrollment-state';
import { createToken } from './sessions';

/** The gateway's own simple category rule; the client derives the same from richer answers. */
export function deriveCategory(body: SubmitRegistration): CategoryId {
  const { household, residence } = body.answers;
  if (!household.inDowntown) return 'migrant-worker';
  if (residence.kind !== 'owned') return 'other';
  const same = residence.address.trim() === household.address.trim();
  return same ? 'household-property-match' : 'household-property-differ';
}

/**
 * Whether the department records (household register, birth certificate) link this parent to
 * this child. A registration without that link is kept, unverified, for a reviewer.
 */
export function isRecordedParent(parentId: string, childIdNumber: string): boolean {
  return findSeedChild(parentId, childIdNumber) !== undefined;
}

/**
 * True when this child already has a registration in this subsystem that counts (`except`
 * aside): one by a parent the records link to the child, or one a reviewer accepted. An
 * unverified registration by anyone else never keeps the real parents out. A transfer counts
 * while open: one open transfer application per student; a refused one ('not-passed') leaves
 * room for a new application.
 */
export function isDuplicate(
  state: EnrollmentState,
  body: SubmitRegistration,
  except: string | null = null,
): boolean {
  const child = body.answers.child.idNumber;
  return state.registrations.some(
    ({ registration, parentId }) =>
      registration.id !== except &&
      registration.subsystem === body.subsystem &&
      registration.childIdNumber === child &&
      (isRecordedParent(parentId, child) || registration.status === 'passed') &&
      !(body.subsystem === 'transfer' && registration.status === 'not-passed'),
  );
}

/** The registration an Idempotency-Key already produced, with the body it was first sent with. */
export function findByIdempotencyKey(
  state: EnrollmentState,
  parentId: string,
  key: string,
): { registration: RegistrationSummary; fingerprint: string } | null {
  const entry = state.idempotency[idempotencyKeyOf(parentId, key)];
  const record = entry
    ? state.registrations.find(({ registration }) => registration.id === entry.registrationId)
    : undefined;
  return entry && record
    ? { registration: summaryOf(record), fingerprint: entry.fingerprint }
    : null;
}

/** Stores a submission as a new registration and records the key that produced it. */
export function storeRegistration(
  state: EnrollmentState,
  parentId: string,
  body: SubmitRegistration,
  idempotency: { key: string; fingerprint: string },
  now: number,
  replaces: string | null = null,
): RegistrationSummary {
  const sequence = String(state.nextReference).padStart(6, '0');
  state.nextReference += 1;
  const category = deriveCategory(body);
  const registration: Registration = {
    id: `r-${createToken()}`,
    reference: `JN${SEASON_2022.season}-${body.subsystem === 'transfer' ? 'T' : 'E'}-${sequence}`,
    subsystem: body.subsystem,
    status: 'submitted',
    submittedAt: formatGatewayTime(now),
    category,
    childName: body.answers.child.name,
    childIdNumber: body.answers.child.idNumber,
    schoolId: body.answers.schoolId,
    needsOnSiteAppointment: category === 'migrant-worker',
  };
  const submission = JSON.parse(JSON.stringify(body)) as SubmitRegistration & {
    replaces?: unknown;
  };
  delete submission.replaces;
  const record: RegistrationRecord = {
    parentId,
    registration,
    submission,
    history: [{ status: 'submitted', at: registration.submittedAt }],
    correction: null,
    resultNote: null,
    appointment: null,
    replaces,
  };
  // A correction takes the returned registration's place (and keeps its appointment).
  const replacedAt = state.registrations.findIndex((r) => r.registration.id === replaces);
  const replaced = state.registrations[replacedAt];
  if (replaced) {
    record.appointment = replaced.appointment;
    state.registrations.splice(replacedAt, 1, record);
  } else {
    state.registrations.push(record);
  }
  state.idempotency[idempotencyKeyOf(parentId, idempotency.key)] = {
    fingerprint: idempotency.fingerprint,
    registrationId: registration.id,
  };
  return summaryOf(record);
}

/** The registration as 我的登记 lists it: with history, correction and appointment. */
export function summaryOf(record: RegistrationRecord): RegistrationSummary {
  const { registration, history, correction, resultNote, appointment, replaces } = record;
  return { ...registration, history, correction, resultNote, appointment, replaces };
}

/** This parent's registration `id`; another parent's is as unknown as a missing one. */
export function findOwnRecord(
  state: EnrollmentState,
  parentId: string,
  id: string,
): RegistrationRecord | undefined {
  return state.registrations.find(
    (record) => record.parentId === parentId && record.registration.id === id,
  );
}

/** This parent's registrations, in submission order. */
export function registrationsOf(state: EnrollmentState, parentId: string): RegistrationSummary[] {
  return state.registrations.filter((record) => record.parentId === parentId).map(summaryOf);
}
