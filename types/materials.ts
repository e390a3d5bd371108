/**
 * Supporting documents (FAQ 11, 12) and the schools a family may choose. The gateway serves the
 * catalogue (names, descriptions, photo counts); which ones a family needs is decided by rules.
 */
import type * as v from 'valibot';
import type { MaterialInfoSchema, SchoolSchema } from './schemas/answers';
import type { SchoolSearchSchema } from './schemas/requests';

export type MaterialKind =
  | 'household-register'
  | 'property-certificate'
  | 'purchase-contract'
  | 'rental-contract'
  | 'birth-medical-certificate'
  | 'marriage-certificate'
  | 'father-birth-certificate'
  | 'one-child-certificate'
  | 'household-index-page'
  | 'police-kinship-certificate'
  | 'residence-permit'
  | 'employment-proof'
  | 'business-licence'
  | 'social-insurance-record'
  | 'correction-evidence'
  | 'household-move-page'
  | 'new-home-proof'
  | 'transfer-supporting-document'
  | 'student-status-proof';

/** One entry of the catalogue (`GET /materials`). */
export type MaterialInfo = v.InferOutput<typeof MaterialInfoSchema>;

/** A catchment school (`POST /schools/search`). */
export type School = v.InferOutput<typeof SchoolSchema>;

/**
 * `POST /schools/search` body. The family's address is personal data, so it travels in the body
 * and never in a URL (URLs end up in logs, proxies and browser history).
 */
export type SchoolSearch = v.InferInput<typeof SchoolSearchSchema>;
