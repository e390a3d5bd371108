/**
 * The gateway's own validation of a `POST /registrations` body (never trusting the client's).
 * Problems name answer fields by their answer path (`child.idNumber`) and the rest by their
 * top-level name (`verificationId`, `materials.household-register`).
 */
import {
  DECLARATION_VERSIONS,
  KINS,
  MATERIAL_KINDS,
  PROPERTY_CERTIFICATE_TYPES,
  type FieldProblem,
  type SubmitRegistration,
} from '../../types';
import { createFieldReader, type FieldReader } from './field-reader';
import { checkChild, checkGuardian } from './person-checks';
import { checkTransferParts } from './transfer-shape';

function checkHousehold(r: FieldReader, value: unknown): boolean | null {
  const household = r.object(value, 'household');
  if (!household) return null;
  r.oneOf(household.head, 'household.head', KINS);
  r.text(household.headName, 'household.headName');
  r.text(household.address, 'household.address');
  return r.flag(household.inDowntown, 'household.inDowntown');
}

function checkResidence(r: FieldReader, value: unknown): void {
  const residence = r.object(value, 'residence');
  if (!residence) return;
  const kind = r.oneOf(residence.kind, 'residence.kind', ['owned', 'rented', 'other'] as const);
  r.text(residence.address, 'residence.address');
  if (kind !== 'owned') return;
  r.oneOf(residence.certificateType, 'residence.certificateType', PROPERTY_CERTIFICATE_TYPES);
  r.text(residence.certificateNumber, 'residence.certificateNumber');
  r.oneOf(residence.owner, 'residence.owner', KINS);
  r.text(residence.ownerName, 'residence.ownerName');
  r.integer(residence.sharePercent, 'residence.sharePercent', 1, 100);
}

/** Children of migrant workers (household outside downtown) must give the migrant answers. */
function checkMigrant(r: FieldReader, value: unknown, inDowntown: boolean | null): void {
  if ((value === null || value === undefined) && inDowntown !== false) return;
  const migrant = r.object(value, 'migrant');
  if (!migrant) return;
  r.text(migrant.residencePermitNumber, 'migrant.residencePermitNumber');
  r.oneOf(migrant.livelihood, 'migrant.livelihood', ['employed', 'self-employed'] as const);
  r.text(migrant.employerOrLicence, 'migrant.employerOrLicence');
  r.integer(migrant.socialInsuranceMonths, 'migrant.socialInsuranceMonths', 0, 600);
}

function checkMaterials(r: FieldReader, value: unknown): void {
  const materials = r.object(value, 'materials');
  if (!materials) return;
  for (const [kind, refs] of Object.entries(materials)) {
    if (!(MATERIAL_KINDS as readonly string[]).includes(kind)) {
      r.add(`materials.${kind}`, 'unknown-kind');
    } else if (
      !Array.isArray(refs) ||
      !refs.every((ref) => typeof (ref as { id?: unknown } | null)?.id === 'string')
    ) {
      r.add(`materials.${kind}`, 'invalid');
    }
  }
}

/** The parent's declaration: every problem with it is reported at `declaration`. */
function checkDeclaration(r: FieldReader, value: unknown): void {
  if (value === undefined || value === null) return r.add('declaration', 'required');
  const declaration = r.object(value, 'declaration');
  if (!declaration) return;
  if (declaration.accepted !== true) return r.add('declaration', 'not-accepted');
  const version = declaration.textVersion;
  if (!(DECLARATION_VERSIONS as readonly unknown[]).includes(version)) {
    return r.add('declaration', 'unknown-version');
  }
  const at = declaration.acceptedAt;
  const dated = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(at) && !isNaN(Date.parse(at));
  if (!dated) r.add('declaration', 'invalid');
}

/** Checks a submission's shape and its own rules; an empty list means it may be cross-checked. */
export function checkSubmissionShape(
  body: unknown,
  birthRange: { from: string; to: string },
): FieldProblem[] {
  const r = createFieldReader();
  const root = r.object(body, 'body');
  if (!root) return r.problems;
  const subsystem = r.oneOf(root.subsystem, 'subsystem', ['enrollment', 'transfer'] as const);
  const answers = r.object(root.answers, 'answers');
  if (answers) {
    checkChild(r, answers.child, subsystem === 'transfer' ? null : birthRange);
    if (subsystem === 'transfer') checkTransferParts(r, answers);
    checkGuardian(r, answers.guardian);
    const inDowntown = checkHousehold(r, answers.household);
    checkResidence(r, answers.residence);
    checkMigrant(r, answers.migrant, inDowntown);
    r.text(answers.schoolId, 'schoolId');
  }
  if (root.verificationId != null) r.text(root.verificationId, 'verificationId');
  const disputed = root.disputedFields;
  if (!Array.isArray(disputed) || !disputed.every((f) => typeof f === 'string')) {
    r.add('disputedFields', 'invalid');
  }
  checkMaterials(r, root.materials);
  checkDeclaration(r, root.declaration);
  return r.problems;
}

/** Narrows a body that passed checkSubmissionShape. */
export function asSubmission(body: unknown): SubmitRegistration {
  return body as SubmitRegistration;
}
