/** The enrollment calls of the gateway contract (types/endpoints.ts), one typed function each. */
import type {
  MaterialInfo,
  Registration,
  School,
  SchoolSearch,
  SubmitRegistration,
  Subsystem,
  TargetGrade,
  Verification,
  VerificationRequest,
} from '@contract';
import {
  parseList,
  parseMaterialInfo,
  parseRegistration,
  parseSchool,
  parseVerification,
} from './enrollment-parsers';
import { gateway } from './gateway-client';

/** Loads the materials catalogue behind 登记信息与上传材料对照表 (FAQ 11); public, no session. */
export function fetchMaterialsCatalogue(): Promise<MaterialInfo[]> {
  return gateway().call({
    method: 'GET',
    path: '/materials',
    parse: parseList(parseMaterialInfo),
    authenticated: false,
  });
}

/** Asks which schools serve an address; an empty list means none downtown. */
export function fetchSchools(
  subsystem: Subsystem,
  address: string,
  grade: TargetGrade | null = null,
): Promise<School[]> {
  // Transfer lists schools per target grade: junior high for 7-9 (FAQ 1). The address is
  // personal data, so it goes in the body, never in the URL.
  const body: SchoolSearch = { subsystem, address, grade };
  return gateway().call({
    method: 'POST',
    path: '/schools/search',
    body,
    parse: parseList(parseSchool),
  });
}

/** Starts a big-data verification (FAQ 5); not repeated on failure, the parent retries. */
export function startVerification(request: VerificationRequest): Promise<Verification> {
  return gateway().call({
    method: 'POST',
    path: '/verifications',
    body: request,
    parse: parseVerification,
  });
}

/** Polls a verification job; safe to repeat, so the transport retries transient failures. */
export function fetchVerification(id: string): Promise<Verification> {
  return gateway().call({
    method: 'GET',
    path: `/verifications/${encodeURIComponent(id)}`,
    parse: parseVerification,
  });
}

/**
 * Submits a registration; the same key makes a retry answer the first result (FAQ 8). A busy
 * gateway's answers come back at once: the caller waits them out in the waiting room.
 */
export function submitRegistration(
  body: SubmitRegistration,
  idempotencyKey: string,
): Promise<Registration> {
  return gateway().call({
    method: 'POST',
    path: '/registrations',
    body,
    idempotencyKey,
    parse: parseRegistration,
    callerWaitsOutLoad: true,
  });
}

/** Lists the parent's registrations (我的登记). */
export function fetchRegistrations(): Promise<Registration[]> {
  return gateway().call({
    method: 'GET',
    path: '/registrations',
    parse: parseList(parseRegistration),
  });
}
