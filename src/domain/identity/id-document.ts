import {
  validateForeignPermanentResidence,
  type ForeignResidenceProblem,
} from './foreign-permanent-residence';
import {
  validateHmtResidencePermit,
  validateHomeReturnPermit,
  validateTaiwanPermit,
  type PermitProblem,
} from './permits';
import { assertToday, validateResidentId, type IdProblem, type Sex } from './resident-id';

export type IdDocumentType =
  | 'resident-id'
  | 'hmt-residence-permit'
  | 'home-return-permit'
  | 'taiwan-permit'
  | 'foreign-permanent-residence';

/** The documents a child may be registered with (PRODUCT.md, Child), in form order. */
export const ID_DOCUMENT_TYPES: readonly IdDocumentType[] = [
  'resident-id',
  'hmt-residence-permit',
  'home-return-permit',
  'taiwan-permit',
  'foreign-permanent-residence',
];

export type IdDocumentProblem = IdProblem | PermitProblem | ForeignResidenceProblem;

/** birthDate and sex are present only for documents that encode them (18-character numbers). */
export type IdDocumentResult =
  | { ok: true; value: string; birthDate?: string; sex?: Sex }
  | { ok: false; reason: IdDocumentProblem };

/** One entry point for the child's ID field: validates `raw` by the chosen document type. */
export function validateIdDocument(
  type: IdDocumentType,
  raw: string,
  today: string,
): IdDocumentResult {
  // Checked for every type so a bad `today` fails fast, not only once a resident ID is picked.
  assertToday(today);
  switch (type) {
    case 'resident-id':
      return validateResidentId(raw, today);
    case 'hmt-residence-permit':
      return validateHmtResidencePermit(raw, today);
    case 'home-return-permit':
      return validateHomeReturnPermit(raw);
    case 'taiwan-permit':
      return validateTaiwanPermit(raw);
    case 'foreign-permanent-residence':
      return validateForeignPermanentResidence(raw, today);
    default:
      return unknownType(type);
  }
}

function unknownType(type: never): never {
  throw new RangeError(`unknown ID document type: ${String(type)}`);
}
