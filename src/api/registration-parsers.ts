/**
 * Edge checks for 我的登记 answers: a registration with its review history, correction request,
 * appointment (FAQ 10, 14), and the detail with the submitted content.
 */
import {
  REGISTRATION_STATUSES,
  isOneOf,
  type Appointment,
  type AppointmentOptions,
  type AppointmentSlot,
  type CorrectionRequest,
  type RegistrationDetail,
  type SchoolInfo,
  type RegistrationPoint,
  type RegistrationSummary,
  type StatusChange,
  type SubmitRegistration,
} from '@contract';
import { parseList, parseRegistration } from './enrollment-parsers';
import { hasStrings, isRecord } from './wire-guards';

function parseChange(value: unknown): StatusChange | null {
  if (!hasStrings(value, ['at'] as const)) return null;
  const { status } = value as Record<string, unknown>;
  return isOneOf(REGISTRATION_STATUSES, status) ? { status, at: value.at } : null;
}

function parseCorrection(value: unknown): CorrectionRequest | null {
  if (!hasStrings(value, ['reason', 'deadline'] as const)) return null;
  const section = 'section' in value && typeof value.section === 'string' ? value.section : null;
  return { reason: value.reason, deadline: value.deadline, section };
}

const APPOINTMENT_TEXT = [
  'slotId',
  'pointId',
  'pointName',
  'pointAddress',
  'date',
  'period',
  'bookedAt',
] as const;

/** A booked on-site appointment. */
export function parseAppointment(value: unknown): Appointment | null {
  if (!hasStrings(value, APPOINTMENT_TEXT)) return null;
  const { slotId, pointId, pointName, pointAddress, date, period, bookedAt } = value;
  return { slotId, pointId, pointName, pointAddress, date, period, bookedAt };
}

function optional<T>(value: unknown, parse: (v: unknown) => T | null): T | null | undefined {
  if (value === null) return null;
  const parsed = parse(value);
  return parsed === null ? undefined : parsed;
}

/** One entry of 我的登记. */
export function parseRegistrationSummary(value: unknown): RegistrationSummary | null {
  const base = parseRegistration(value);
  if (!base || !isRecord(value)) return null;
  const history = parseList(parseChange)(value.history);
  const correction = optional(value.correction, parseCorrection);
  const appointment = optional(value.appointment, parseAppointment);
  const { resultNote, replaces } = value;
  if (!history || correction === undefined || appointment === undefined) return null;
  if (resultNote !== null && typeof resultNote !== 'string') return null;
  if (replaces !== null && typeof replaces !== 'string') return null;
  return { ...base, history, correction, resultNote, appointment, replaces };
}

/** The chosen school; anything else (an older gateway) is shown as unknown, never as an id. */
function parseSchoolInfo(value: unknown): SchoolInfo | null {
  if (!isRecord(value)) return null;
  const { id, name, address } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof address !== 'string') {
    return null;
  }
  return { id, name, address };
}

/** A registration with its submitted content (shown read-only; the source of a re-fill). */
export function parseRegistrationDetail(value: unknown): RegistrationDetail | null {
  const summary = parseRegistrationSummary(value);
  if (!summary || !isRecord(value)) return null;
  const { submission } = value;
  if (!isRecord(submission) || !isRecord(submission.answers) || !isRecord(submission.materials)) {
    return null;
  }
  const answers = submission.answers;
  if (!isRecord(answers.child) || !isRecord(answers.guardian) || !isRecord(answers.household)) {
    return null;
  }
  if (!isRecord(answers.residence)) return null;
  return {
    ...summary,
    submission: submission as unknown as SubmitRegistration,
    school: parseSchoolInfo(value.school),
  };
}

function parsePoint(value: unknown): RegistrationPoint | null {
  return hasStrings(value, ['id', 'name', 'address'] as const)
    ? { id: value.id, name: value.name, address: value.address }
    : null;
}

function parseSlot(value: unknown): AppointmentSlot | null {
  if (!hasStrings(value, ['id', 'pointId', 'date', 'period'] as const)) return null;
  const { capacity, remaining } = value as Record<string, unknown>;
  if (!Number.isInteger(capacity) || !Number.isInteger(remaining)) return null;
  const { id, pointId, date, period } = value;
  return {
    id,
    pointId,
    date,
    period,
    capacity: capacity as number,
    remaining: remaining as number,
  };
}

/** Points and slots for 预约现场登记. */
export function parseAppointmentOptions(value: unknown): AppointmentOptions | null {
  if (!isRecord(value)) return null;
  const points = parseList(parsePoint)(value.points);
  const slots = parseList(parseSlot)(value.slots);
  return points && slots ? { points, slots } : null;
}
