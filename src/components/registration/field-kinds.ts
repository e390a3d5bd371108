import { ID_DOCUMENT_TYPES } from '@/domain/identity/id-document';
import type { FieldPath } from '@/domain/registration/field-paths';
import { KINS } from '@/domain/registration/kinship';
import { PROPERTY_CERTIFICATE_TYPES } from '@/domain/registration/property-certificate';
import type { Keypad } from '@/components/form/keypad-kinds';
import type { Messages } from '@/messages/catalog';
import { CURRENT_GRADES, TARGET_GRADES, TRANSFER_REASONS } from '@contract';
import '@/messages/words/enrollment-fields';

export interface Option {
  value: string;
  label: string;
}

/**
 * How each question is asked: typed text (with the keypad it needs), a choice among options, or
 * a picker (issue 14: pickers instead of typing).
 */
export type FieldKind =
  | {
      kind: 'text';
      keypad?: Keypad;
      numeric?: boolean;
      maxLength?: number;
    }
  | { kind: 'choice'; options(m: Messages): Option[]; boolean?: boolean; compact?: boolean }
  | { kind: 'date' }
  | { kind: 'address' }
  | { kind: 'ethnicity' }
  | { kind: 'school' };

const labelled =
  <K extends string>(values: readonly K[], labels: (m: Messages) => Record<K, string>) =>
  (m: Messages): Option[] =>
    values.map((value) => ({ value, label: labels(m)[value] }));

const idTypes = labelled(ID_DOCUMENT_TYPES, (m) => m.enrollmentChoices.idType);
const kins = labelled(KINS, (m) => m.enrollmentChoices.kin);
const roles = labelled(['father', 'mother'] as const, (m) => m.enrollmentChoices.role);

export const FIELD_KINDS: Record<FieldPath, FieldKind> = {
  'child.name': { kind: 'text', maxLength: 30 },
  'child.idType': { kind: 'choice', options: idTypes },
  'child.idNumber': { kind: 'text', keypad: 'id-number', maxLength: 18 },
  'child.sex': {
    kind: 'choice',
    options: labelled(['male', 'female'] as const, (m) => m.enrollmentChoices.sex),
  },
  'child.birthDate': { kind: 'date' },
  'child.ethnicity': { kind: 'ethnicity' },
  'child.contactMobile': { kind: 'text', keypad: 'phone', maxLength: 16 },
  'guardian.applicantRole': { kind: 'choice', options: roles },
  'guardian.otherParent.name': { kind: 'text', maxLength: 30 },
  'guardian.otherParent.idType': { kind: 'choice', options: idTypes },
  'guardian.otherParent.idNumber': { kind: 'text', keypad: 'id-number', maxLength: 18 },
  'guardian.otherParent.mobile': { kind: 'text', keypad: 'phone', maxLength: 16 },
  'household.head': { kind: 'choice', options: kins },
  'household.headName': { kind: 'text', maxLength: 30 },
  'household.address': { kind: 'address' },
  'household.inDowntown': {
    kind: 'choice',
    boolean: true,
    options: labelled(['true', 'false'] as const, (m) => m.enrollmentChoices.yesNo),
  },
  'residence.kind': {
    kind: 'choice',
    options: labelled(
      ['owned', 'rented', 'other'] as const,
      (m) => m.enrollmentChoices.residenceKind,
    ),
  },
  'residence.certificateType': {
    kind: 'choice',
    options: labelled(PROPERTY_CERTIFICATE_TYPES, (m) => m.enrollmentChoices.certificateType),
  },
  'residence.certificateNumber': { kind: 'text', maxLength: 40 },
  'residence.owner': { kind: 'choice', options: kins },
  'residence.ownerName': { kind: 'text', maxLength: 30 },
  'residence.sharePercent': { kind: 'text', keypad: 'decimal', numeric: true, maxLength: 5 },
  'residence.address': { kind: 'address' },
  'student.currentSchool': { kind: 'text', maxLength: 60 },
  'student.currentDistrict': { kind: 'text', maxLength: 30 },
  'student.currentGrade': {
    kind: 'choice',
    options: labelled(CURRENT_GRADES, (m) => m.enrollmentChoices.grade),
  },
  // G or L comes first: a full keyboard (the mini-program's idcard keypad has no G or L).
  'student.statusNumber': { kind: 'text', maxLength: 19 },
  'transfer.targetGrade': {
    kind: 'choice',
    options: labelled(TARGET_GRADES, (m) => m.enrollmentChoices.grade),
  },
  'transfer.reason': {
    kind: 'choice',
    options: labelled(TRANSFER_REASONS, (m) => m.enrollmentChoices.transferReason),
  },
  'transfer.reasonNote': { kind: 'text', maxLength: 200 },
  'migrant.residencePermitNumber': { kind: 'text', maxLength: 24 },
  'migrant.livelihood': {
    kind: 'choice',
    options: labelled(
      ['employed', 'self-employed'] as const,
      (m) => m.enrollmentChoices.livelihood,
    ),
  },
  'migrant.employerOrLicence': { kind: 'text', maxLength: 60 },
  'migrant.socialInsuranceMonths': {
    kind: 'text',
    keypad: 'integer',
    numeric: true,
    maxLength: 3,
  },
  schoolId: { kind: 'school' },
};

/** Typed digits become numbers for numeric questions; anything else stays as typed for the rules. */
export function fromTyped(kind: FieldKind, typed: string): unknown {
  if (kind.kind !== 'text' || !kind.numeric) return typed;
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  return /^\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : typed;
}

/** The text to show in an input for a stored answer. */
export function toTyped(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
