/**
 * Test helper: puts a submitted registration straight into a gateway's state for a seeded parent
 * (browser tests start from "already submitted" instead of clicking through the whole form).
 */
import type { RegistrationSummary, SubmitEnrollment } from '../types';
import { submissionFor } from './enrollment-fixtures';
import { storeRegistration } from './model/registrations';
import type { MockGateway } from './router';

/** A second, invented child of p-migrant-worker (checksum-valid ID number, FAQ 13). */
export const SECOND_MIGRANT_CHILD = {
  name: '孙雨桐',
  idNumber: '37130220160315002X',
  birthDate: '2016-03-15',
  sex: 'female',
} as const;

let counter = 0;

/** Stores a submitted registration for `parentId` (optionally for another child of the family). */
export function seedRegistration(
  gateway: MockGateway,
  parentId: string,
  child?: Partial<SubmitEnrollment['answers']['child']>,
): RegistrationSummary {
  const body = submissionFor(parentId, null);
  body.answers.child = { ...body.answers.child, ...child };
  counter += 1;
  const key = `seed-${counter}`;
  return storeRegistration(
    gateway.state.enrollment,
    parentId,
    body,
    { key, fingerprint: key },
    gateway.clock.now(),
  );
}
