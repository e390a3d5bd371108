/** The request bodies of every endpoint but `POST /registrations` (see submission.ts). */
import * as v from 'valibot';
import { SUBSYSTEMS } from '../config';
import { TARGET_GRADES } from '../enrollment-values';
import { TEXT_LIMITS } from '../limits';
import { oneOf, text } from './fields';

/** The host apps a production gateway accepts tickets from. */
export const PRODUCTION_HOSTS = ['ishandong', 'quancheng', 'weapp'] as const;

export const SessionRequestSchema = v.object(
  {
    host: oneOf(PRODUCTION_HOSTS),
    ticket: v.pipe(
      text(512),
      v.description('One-time ticket (for weapp, the login code) handed out by the host.'),
    ),
  },
  'invalid',
);

export const SchoolSearchSchema = v.object(
  {
    subsystem: oneOf(SUBSYSTEMS),
    address: text(TEXT_LIMITS.address),
    grade: v.optional(
      v.pipe(
        v.nullable(oneOf(TARGET_GRADES)),
        v.description('Transfer only: the target grade; null for enrollment.'),
      ),
      null,
    ),
  },
  'invalid',
);

/** Identifiers typed so far; the departments' own lookups judge them, so only their shape here. */
export const VerificationRequestSchema = v.object(
  {
    childIdNumber: text(TEXT_LIMITS.number),
    childName: text(TEXT_LIMITS.name),
    propertyCertificateNumber: v.pipe(
      v.nullable(text(TEXT_LIMITS.number)),
      v.description('Present once the parent entered a property certificate number.'),
    ),
    residencePermitNumber: v.pipe(
      v.nullable(text(TEXT_LIMITS.number)),
      v.description('Present for children of migrant workers.'),
    ),
    studentStatusNumber: v.optional(
      v.pipe(
        v.nullable(text(TEXT_LIMITS.number)),
        v.description('全国学籍号, for transfer students only (absent or null for enrollment).'),
      ),
    ),
  },
  'invalid',
);

export const BookAppointmentSchema = v.object({ slotId: text(TEXT_LIMITS.code) }, 'invalid');

export const PutDraftBodySchema = v.object(
  {
    subsystem: oneOf(SUBSYSTEMS),
    payload: v.pipe(
      v.unknown(),
      v.description(
        "The app's own draft record, opaque to the gateway (plain JSON, at most 256 KB).",
      ),
    ),
  },
  'invalid',
);
