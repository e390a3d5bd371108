/**
 * Supporting documents (FAQ 11, 12) and the schools a family may choose. The gateway serves the
 * catalogue (names, descriptions, photo counts); which ones a family needs is decided by rules.
 */
import type { Subsystem } from './config';

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
export interface MaterialInfo {
  kind: MaterialKind;
  name: string;
  description: string;
  /** How many photos one copy needs at least / may have at most (e.g. register pages). */
  minPhotos: number;
  maxPhotos: number;
}

/** A catchment school (`POST /schools/search`). */
export interface School {
  id: string;
  name: string;
  district: string;
  /** Street address as the bureau publishes it, in Chinese (at most 120 characters). */
  address: string;
  /** Places still open, where the gateway publishes it (transfer). */
  remainingPlaces: number | null;
}

/**
 * `POST /schools/search` body. The family's address is personal data, so it travels in the body
 * and never in a URL (URLs end up in logs, proxies and browser history).
 */
export interface SchoolSearch {
  subsystem: Subsystem;
  address: string;
  /** Transfer only: the target grade (primary 2-6, junior high 7-9); null for enrollment. */
  grade: string | null;
}
