/** The request bodies of every endpoint but `POST /registrations` (see submission.ts). */
import * as v from 'valibot';
import { SUBSYSTEMS } from '../config';
import { TARGET_GRADES } from '../enrollment-values';
import { TEXT_LIMITS } from '../limits';
import { oneOf, text } from './fields';

/** The host apps a production gateway accepts tickets from. */
export const PRODUCTION_HOSTS = ['ishandong', 'quancheng', 'weapp'] as const;

export const SessionRequestSchema = v.object(
  { host: oneOf(PRODUCTION_HOSTS), ticket: text(512) },
  'invalid',
);

export const SchoolSearchSchema = v.object(
  {
    subsystem: oneOf(SUBSYSTEMS),
    address: text(TEXT_LIMITS.address),
    grade: v.optional(v.nullable(oneOf(TARGET_GRADES)), null),
  },
  'invalid',
);

/** Identifiers typed so far; the departments' own lookups judge them, so only their shape here. */
export const VerificationRequestSchema = v.object(
  {
    childIdNumber: text(TEXT_LIMITS.number),
    childName: text(TEXT_LIMITS.name),
    propertyCertificateNumber: v.nullable(text(TEXT_LIMITS.number)),
    residencePermitNumber: v.nullable(text(TEXT_LIMITS.number)),
    studentStatusNumber: v.optional(v.nullable(text(TEXT_LIMITS.number))),
  },
  'invalid',
);

export const BookAppointmentSchema = v.object({ slotId: text(TEXT_LIMITS.code) }, 'invalid');

export const PutDraftBodySchema = v.object(
  { subsystem: oneOf(SUBSYSTEMS), payload: v.unknown() },
  'invalid',
);
