/** The request bodies of every endpoint but `POST /registrations` (see submission.ts). */
import * as v from 'valibot';
import { SUBSYSTEMS } from '../config';
import { TARGET_GRADES } from '../enrollment-values';
import { TEXT_LIMITS } from '../limits';
import { STATUS_NUMBER_PATTERN } from './submission';
import { matching, oneOf, text } from './fields';

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

export const VerificationRequestSchema = v.object(
  {
    childIdNumber: matching(/^[0-9A-Z]{8,18}$/, 18),
    childName: text(TEXT_LIMITS.name),
    propertyCertificateNumber: v.nullable(text(TEXT_LIMITS.number)),
    residencePermitNumber: v.nullable(text(TEXT_LIMITS.number)),
    studentStatusNumber: v.optional(v.nullable(matching(STATUS_NUMBER_PATTERN, 19))),
  },
  'invalid',
);

export const BookAppointmentSchema = v.object({ slotId: text(TEXT_LIMITS.code) }, 'invalid');

export const PutDraftBodySchema = v.object(
  { subsystem: oneOf(SUBSYSTEMS), payload: v.unknown() },
  'invalid',
);
