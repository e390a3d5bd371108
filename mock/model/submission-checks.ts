/**
 * The gateway's checks of a well-formed submission against what it knows: the verification job
 * it cites, backfilled values left as verified, the photos the unverified facts need (its own
 * simpler rule, FAQ 6, 11) and the catchment school. Photos were resolved against the upload
 * store before (mock/handlers/registrations.ts).
 */
import type {
  FieldProblem,
  MaterialKind,
  SubmitRegistration,
  VerificationCheck,
  VerificationSource,
} from '../../types';
import { findCatchmentSchools } from '../seed/schools';
import { withPlacesLeft } from './school-places';
import { findJob, type EnrollmentState } from './enrollment-state';
import { viewVerification } from './verifications';

export interface CheckContext {
  parentId: string;
  enrollment: EnrollmentState;
  now: number;
}

const PROPERTY_KINDS: MaterialKind[] = [
  'property-certificate',
  'purchase-contract',
  'rental-contract',
];

function wireText(value: unknown): string {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : '';
}

function answerAt(answers: unknown, path: string): string {
  let value: unknown = answers;
  for (const key of path.split('.')) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return wireText(value);
}

/** Without a job, nothing is verified: household and property (and the permit) need photos. */
function unverifiedWithoutJob(body: SubmitRegistration): VerificationSource[] {
  const sources: VerificationSource[] = ['household', 'property'];
  if (body.subsystem === 'transfer') sources.push('student-status');
  return body.answers.migrant ? [...sources, 'residence-permit'] : sources;
}

function propertyKindFor(body: SubmitRegistration): MaterialKind {
  const residence = body.answers.residence;
  if (residence.kind !== 'owned') return 'rental-contract';
  return residence.certificateType === 'purchase-contract'
    ? 'purchase-contract'
    : 'property-certificate';
}

function checkMaterials(
  body: SubmitRegistration,
  unverified: VerificationSource[],
): FieldProblem[] {
  const has = (kind: MaterialKind) => (body.materials[kind]?.length ?? 0) > 0;
  const problems: FieldProblem[] = [];
  const need = (ok: boolean, kind: MaterialKind) => {
    if (!ok) problems.push({ field: `materials.${kind}`, code: 'required' });
  };
  if (unverified.includes('household')) need(has('household-register'), 'household-register');
  if (unverified.includes('property')) need(PROPERTY_KINDS.some(has), propertyKindFor(body));
  if (unverified.includes('residence-permit')) need(has('residence-permit'), 'residence-permit');
  if (body.disputedFields.length > 0) need(has('correction-evidence'), 'correction-evidence');
  // Every transfer shows the current school's enrolment unless the student register verified it.
  if (body.subsystem === 'transfer' && unverified.includes('student-status')) {
    need(has('student-status-proof'), 'student-status-proof');
  }
  return problems;
}

/** Like the real gateway, ignore width and spacing differences (鲁（2019） equals 鲁(2019)). */
function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function checkBackfill(body: SubmitRegistration, checks: VerificationCheck[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const check of checks) {
    if (check.status !== 'verified') continue;
    for (const [path, verified] of Object.entries(check.values)) {
      const changed = comparable(answerAt(body.answers, path)) !== comparable(verified);
      if (changed && !body.disputedFields.includes(path)) {
        problems.push({ field: path, code: 'differs-from-verified' });
      }
    }
  }
  return problems;
}

function checkSchool(body: SubmitRegistration, enrollment: EnrollmentState): FieldProblem[] {
  const { household, residence, schoolId } = body.answers;
  // Transfer: the target grade decides between primary and junior high schools.
  const grade = body.subsystem === 'transfer' ? body.answers.transfer.targetGrade : null;
  const schools = [
    ...findCatchmentSchools(body.subsystem, household.address, grade),
    ...findCatchmentSchools(body.subsystem, residence.address, grade),
  ];
  const school = schools.find((candidate) => candidate.id === schoolId);
  if (!school) return [{ field: 'schoolId', code: 'not-in-catchment' }];
  // A transfer needs a place: a full school is refused, however the client chose it. A
  // correction of a returned registration keeps the place its first submission holds.
  const replaces = 'replaces' in body ? body.replaces : null;
  const holdsPlace = enrollment.registrations.some(
    (r) => r.registration.id === replaces && r.registration.schoolId === school.id,
  );
  return !holdsPlace && withPlacesLeft(enrollment, school).remainingPlaces === 0
    ? [{ field: 'schoolId', code: 'no-places' }]
    : [];
}

/** Every problem the gateway finds with a well-formed submission (empty when it may be stored). */
export function crossCheckSubmission(body: SubmitRegistration, ctx: CheckContext): FieldProblem[] {
  const job = body.verificationId ? findJob(ctx.enrollment, body.verificationId) : undefined;
  if (body.verificationId && (!job || job.parentId !== ctx.parentId)) {
    return [{ field: 'verificationId', code: 'unknown' }];
  }
  if (job && job.childIdNumber !== body.answers.child.idNumber) {
    return [{ field: 'verificationId', code: 'other-child' }];
  }
  const checks = job ? viewVerification(job, ctx.now).checks : [];
  const unverified = job
    ? checks.filter((check) => check.status !== 'verified').map((check) => check.source)
    : unverifiedWithoutJob(body);
  return [
    ...checkBackfill(body, checks),
    ...checkMaterials(body, unverified),
    ...checkSchool(body, ctx.enrollment),
  ];
}
