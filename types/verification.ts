/** Big-data verification (FAQ 5, 6, 9): a slow job the client starts and polls. */

/** The departments' data the gateway checks against. */
export type VerificationSource =
  | 'household'
  | 'property'
  | 'birth-certificate'
  | 'residence-permit'
  | 'social-insurance'
  | 'business-licence'
  | 'student-status';

/** `POST /verifications` body: the identifiers entered so far. */
export interface VerificationRequest {
  childIdNumber: string;
  childName: string;
  /** Present once the parent entered a property certificate number. */
  propertyCertificateNumber: string | null;
  /** Present for children of migrant workers. */
  residencePermitNumber: string | null;
  /** 全国学籍号, for transfer students only (absent or null for enrollment). */
  studentStatusNumber?: string | null;
}

export type CheckStatus = 'pending' | 'verified' | 'not-found' | 'failed';

export interface VerificationCheck {
  source: VerificationSource;
  status: CheckStatus;
  /** When the department's record was last updated (YYYY-MM-DD), for verified checks. */
  recordDate: string | null;
  /**
   * Verified values by answer path, e.g. `household.address` or `residence.owner`. Values are
   * strings on the wire; booleans as 'true'/'false', numbers as decimal text.
   */
  values: Record<string, string>;
}

export type VerificationStatus = 'running' | 'done' | 'stalled';

/** `POST /verifications` and `GET /verifications/:id` answer. */
export interface Verification {
  id: string;
  status: VerificationStatus;
  /** 0 to 1, for the progress bar. */
  progress: number;
  checks: VerificationCheck[];
  /** When to poll again, in milliseconds (the gateway slows clients down under load). */
  pollAfterMs: number;
}
