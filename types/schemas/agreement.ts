/**
 * The contract's named types and its schemas agree both ways: a field added to one and not the
 * other fails the type check here. (The schemas are the runtime truth; the named types carry
 * the documentation the screens are written against.)
 */
import type * as v from 'valibot';
import type { AppointmentOptions, Appointment, BookAppointment } from '../appointments';
import type { SeasonConfig } from '../config';
import type { FaqEntry, Notice, NoticeSummary } from '../content';
import type { FieldProblem } from '../envelope';
import type { MaterialInfo, School } from '../materials';
import type { Registration, RegistrationSummary } from '../registration';
import type { SessionGrant } from '../session';
import type { UploadRef } from '../uploads';
import type { Verification, VerificationRequest } from '../verification';
import type * as answers from './answers';
import type * as requests from './requests';

type Agrees<S extends v.GenericSchema, T> = [v.InferOutput<S>] extends [T]
  ? [T] extends [v.InferOutput<S>]
    ? true
    : false
  : false;

/** Compiles only when every entry is `true`. */
export type ContractAgreement = [
  Agrees<typeof answers.SessionGrantSchema, SessionGrant>,
  Agrees<typeof answers.SeasonConfigSchema, SeasonConfig>,
  Agrees<typeof answers.NoticeSummarySchema, NoticeSummary>,
  Agrees<typeof answers.NoticeSchema, Notice>,
  Agrees<typeof answers.FaqEntrySchema, FaqEntry>,
  Agrees<typeof answers.MaterialInfoSchema, MaterialInfo>,
  Agrees<typeof answers.SchoolSchema, School>,
  Agrees<typeof answers.VerificationSchema, Verification>,
  Agrees<typeof answers.UploadRefSchema, UploadRef>,
  Agrees<typeof answers.RegistrationSchema, Registration>,
  Agrees<typeof answers.RegistrationSummarySchema, RegistrationSummary>,
  Agrees<typeof answers.AppointmentSchema, Appointment>,
  Agrees<typeof answers.AppointmentOptionsSchema, AppointmentOptions>,
  Agrees<typeof answers.FieldProblemSchema, FieldProblem>,
  Agrees<typeof requests.VerificationRequestSchema, VerificationRequest>,
  Agrees<typeof requests.BookAppointmentSchema, BookAppointment>,
];

const everyEntryAgrees: ContractAgreement = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
];
export const CONTRACT_TYPES_AGREE = everyEntryAgrees.length;
