/** Big-data verification (FAQ 5, 6, 9): a slow job the client starts and polls. */
import type * as v from 'valibot';
import type { VerificationCheckSchema, VerificationSchema } from './schemas/answers';
import type { VerificationRequestSchema } from './schemas/requests';

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
export type VerificationRequest = v.InferInput<typeof VerificationRequestSchema>;

export type CheckStatus = 'pending' | 'verified' | 'not-found' | 'failed';

/** One department's answer: its status, its record's date and the values it verified. */
export type VerificationCheck = v.InferOutput<typeof VerificationCheckSchema>;

export type VerificationStatus = 'running' | 'done' | 'stalled';

/** `POST /verifications` and `GET /verifications/:id` answer. */
export type Verification = v.InferOutput<typeof VerificationSchema>;
