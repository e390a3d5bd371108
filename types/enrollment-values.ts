/**
 * The contract's string unions as runtime lists, so both sides can check values that cross the
 * wire. Each list is built from a Record over its union, so a new member in the type must be
 * added here too (the compiler says so).
 */
import type { MaterialKind } from './materials';
import type {
  CategoryId,
  CurrentGrade,
  TargetGrade,
  TransferReason,
  IdDocumentType,
  Kin,
  PropertyCertificateType,
  RegistrationStatus,
} from './registration';
import type { CheckStatus, VerificationSource, VerificationStatus } from './verification';

function keysOf<K extends string>(members: Record<K, true>): readonly K[] {
  return Object.keys(members) as K[];
}

export const MATERIAL_KINDS = keysOf<MaterialKind>({
  'household-register': true,
  'property-certificate': true,
  'purchase-contract': true,
  'rental-contract': true,
  'birth-medical-certificate': true,
  'marriage-certificate': true,
  'father-birth-certificate': true,
  'one-child-certificate': true,
  'household-index-page': true,
  'police-kinship-certificate': true,
  'residence-permit': true,
  'employment-proof': true,
  'business-licence': true,
  'social-insurance-record': true,
  'correction-evidence': true,
  'household-move-page': true,
  'new-home-proof': true,
  'transfer-supporting-document': true,
  'student-status-proof': true,
});

export const VERIFICATION_SOURCES = keysOf<VerificationSource>({
  household: true,
  property: true,
  'birth-certificate': true,
  'residence-permit': true,
  'social-insurance': true,
  'business-licence': true,
  'student-status': true,
});

export const CHECK_STATUSES = keysOf<CheckStatus>({
  pending: true,
  verified: true,
  'not-found': true,
  failed: true,
});

export const VERIFICATION_STATUSES = keysOf<VerificationStatus>({
  running: true,
  done: true,
  stalled: true,
});

export const REGISTRATION_STATUSES = keysOf<RegistrationStatus>({
  submitted: true,
  'system-check': true,
  'in-review': true,
  passed: true,
  returned: true,
  'not-passed': true,
});

export const CATEGORY_IDS = keysOf<CategoryId>({
  'household-property-match': true,
  'household-property-differ': true,
  'migrant-worker': true,
  other: true,
});

export const ID_DOCUMENT_TYPES = keysOf<IdDocumentType>({
  'resident-id': true,
  'hmt-residence-permit': true,
  'home-return-permit': true,
  'taiwan-permit': true,
  'foreign-permanent-residence': true,
});

export const KINS = keysOf<Kin>({
  father: true,
  mother: true,
  'paternal-grandfather': true,
  'paternal-grandmother': true,
  'maternal-grandfather': true,
  'maternal-grandmother': true,
  other: true,
});

export const PROPERTY_CERTIFICATE_TYPES = keysOf<PropertyCertificateType>({
  'real-estate-certificate': true,
  'house-ownership-certificate': true,
  'purchase-contract': true,
});

export const TARGET_GRADES = keysOf<TargetGrade>({
  '2': true,
  '3': true,
  '4': true,
  '5': true,
  '6': true,
  '7': true,
  '8': true,
  '9': true,
});

export const CURRENT_GRADES = keysOf<CurrentGrade>({
  '1': true,
  '2': true,
  '3': true,
  '4': true,
  '5': true,
  '6': true,
  'primary-graduate': true,
  '7': true,
  '8': true,
  '9': true,
});

export const TRANSFER_REASONS = keysOf<TransferReason>({
  'household-move': true,
  'residence-change': true,
  other: true,
});

/** Narrows a wire value to a member of one of the lists above. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
