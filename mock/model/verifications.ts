/**
 * Big-data verification jobs (FAQ 5, 6, 9). A job's state is read off the mock clock: checks
 * resolve one after another over VERIFICATION_DURATION_MS; a stalling job stops at
 * STALL_PROGRESS and stays there until the parent starts a new job.
 */
import type {
  Verification,
  VerificationCheck,
  VerificationRequest,
  VerificationSource,
} from '../../types';
import { findSeedChild, seedStatusNumber, type SeedChild } from '../seed/children';
import { FAMILY_RECORDS } from '../seed/department-records';
import type { EnrollmentState, VerificationJob } from './enrollment-state';
import { createToken } from './sessions';

export const VERIFICATION_DURATION_MS = 2000;
export const STALL_PROGRESS = 0.4;
export const POLL_AFTER_MS = 800;
/** A stalled job is polled slowly: it is not going to move. */
export const STALLED_POLL_AFTER_MS = 3000;

const ALWAYS_CHECKED: VerificationSource[] = ['household', 'property', 'birth-certificate'];
const MIGRANT_CHECKED: VerificationSource[] = [
  'residence-permit',
  'social-insurance',
  'business-licence',
];

/** Starts a job; the family's first job stalls when its records say so. */
export function startVerification(
  state: EnrollmentState,
  parentId: string,
  request: VerificationRequest,
  now: number,
): VerificationJob {
  const earlier = Object.values(state.verifications).some((job) => job.parentId === parentId);
  const sources = request.residencePermitNumber
    ? [...ALWAYS_CHECKED, ...MIGRANT_CHECKED]
    : ALWAYS_CHECKED;
  const status = request.studentStatusNumber?.trim() || null;
  const job: VerificationJob = {
    id: `v-${createToken()}`,
    parentId,
    childIdNumber: request.childIdNumber,
    sources: status ? [...sources, 'student-status'] : sources,
    studentStatusNumber: status,
    startedAt: now,
    stalls: Boolean(FAMILY_RECORDS[parentId]?.stallsFirstJob) && !earlier,
  };
  state.verifications[job.id] = job;
  return job;
}

// The student register (学籍) knows the child by its status number ('G' + ID, mock rule).
function studentRecord(child: SeedChild, job: VerificationJob) {
  const number = seedStatusNumber(child);
  if (!child.student || number === null || number !== job.studentStatusNumber) return undefined;
  const values = {
    'student.currentSchool': child.student.currentSchool,
    'student.currentDistrict': child.student.currentDistrict,
    'student.currentGrade': child.student.currentGrade,
    'student.statusNumber': number,
  };
  return { recordDate: '2021-09-01', values };
}

function resultOf(job: VerificationJob, source: VerificationSource): VerificationCheck {
  const child = findSeedChild(job.parentId, job.childIdNumber);
  let record = child ? FAMILY_RECORDS[job.parentId]?.found[source] : undefined;
  if (child && record && source === 'birth-certificate') {
    // Each child has its own birth record (p-transfer-family has two children).
    record = {
      recordDate: child.birthDate,
      values: { 'child.name': child.name, 'child.birthDate': child.birthDate },
    };
  }
  if (child && source === 'student-status') record = studentRecord(child, job);
  if (!record) return { source, status: 'not-found', recordDate: null, values: {} };
  return {
    source,
    status: 'verified',
    recordDate: record.recordDate,
    values: { ...record.values },
  };
}

/** The job as the gateway answers it at `now`. */
export function viewVerification(job: VerificationJob, now: number): Verification {
  const elapsed = Math.max(0, now - job.startedAt);
  const limit = job.stalls ? STALL_PROGRESS * VERIFICATION_DURATION_MS : VERIFICATION_DURATION_MS;
  const reached = Math.min(elapsed, limit);
  const finished = elapsed >= limit;
  const count = job.sources.length;
  const checks = job.sources.map((source, i): VerificationCheck => {
    const readyAt = ((i + 1) / count) * VERIFICATION_DURATION_MS;
    return reached >= readyAt
      ? resultOf(job, source)
      : { source, status: 'pending', recordDate: null, values: {} };
  });
  const status = !finished ? 'running' : job.stalls ? 'stalled' : 'done';
  const pollAfterMs =
    status === 'running' ? POLL_AFTER_MS : status === 'stalled' ? STALLED_POLL_AFTER_MS : 0;
  const progress = Math.round((reached / VERIFICATION_DURATION_MS) * 100) / 100;
  return { id: job.id, status, progress, checks, pollAfterMs };
}
