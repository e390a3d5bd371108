/**
 * Edge checks for 我的登记 answers, by the contract's schemas: a registration with its review
 * history, correction request, appointment (FAQ 10, 14), and the detail with the submitted
 * content.
 */
import {
  AppointmentOptionsSchema,
  AppointmentSchema,
  RegistrationDetailSchema,
  RegistrationSummarySchema,
  type Appointment,
  type AppointmentOptions,
  type RegistrationDetail,
  type RegistrationSummary,
  type SubmitRegistration,
} from '@contract';
import { parserOf } from './enrollment-parsers';

/** A booked on-site appointment. */
export const parseAppointment: (value: unknown) => Appointment | null = parserOf(AppointmentSchema);

/** One entry of 我的登记. */
export const parseRegistrationSummary: (value: unknown) => RegistrationSummary | null =
  parserOf(RegistrationSummarySchema);

const parseDetail = parserOf(RegistrationDetailSchema);

/** A registration with its submitted content (shown read-only; the source of a re-fill). */
export function parseRegistrationDetail(value: unknown): RegistrationDetail | null {
  const detail = parseDetail(value);
  // The content is read loosely (an older form stays readable); the screens read it as sent.
  return detail && { ...detail, submission: detail.submission as unknown as SubmitRegistration };
}

/** Points and slots for 预约现场登记. */
export const parseAppointmentOptions: (value: unknown) => AppointmentOptions | null =
  parserOf(AppointmentOptionsSchema);
