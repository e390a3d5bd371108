/**
 * Edge checks for the enrollment answers of the gateway: each parser answers a clean copy with
 * only the contract's fields, or null when the gateway sent something else (BAD_RESPONSE).
 */
import {
  CATEGORY_IDS,
  CHECK_STATUSES,
  MATERIAL_KINDS,
  REGISTRATION_STATUSES,
  SUBSYSTEMS,
  VERIFICATION_SOURCES,
  VERIFICATION_STATUSES,
  isOneOf,
  type MaterialInfo,
  type Registration,
  type School,
  type Verification,
  type VerificationCheck,
} from '@contract';
import { hasStrings, isRecord } from './wire-guards';

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Maps every item, or null when any item fails: one bad entry spoils the list. */
function mapAll<T>(value: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.map(parse);
  return items.every((item): item is T => item !== null) ? items : null;
}

/** One entry of the materials catalogue. */
export function parseMaterialInfo(value: unknown): MaterialInfo | null {
  if (!hasStrings(value, ['name', 'description'] as const)) return null;
  const { kind, minPhotos, maxPhotos } = value as Record<string, unknown>;
  if (!isOneOf(MATERIAL_KINDS, kind) || !isCount(minPhotos) || !isCount(maxPhotos)) return null;
  if (minPhotos > maxPhotos) return null;
  return { kind, name: value.name, description: value.description, minPhotos, maxPhotos };
}

/** One catchment school; remaining places are a count or null (not published). */
export function parseSchool(value: unknown): School | null {
  if (!hasStrings(value, ['id', 'name', 'district'] as const)) return null;
  const places = (value as Record<string, unknown>).remainingPlaces;
  if (places !== null && !isCount(places)) return null;
  return { id: value.id, name: value.name, district: value.district, remainingPlaces: places };
}

function parseCheck(value: unknown): VerificationCheck | null {
  if (!isRecord(value) || !isRecord(value.values)) return null;
  const { source, status, recordDate } = value;
  if (!isOneOf(VERIFICATION_SOURCES, source) || !isOneOf(CHECK_STATUSES, status)) return null;
  if (recordDate !== null && typeof recordDate !== 'string') return null;
  const entries = Object.entries(value.values);
  if (!entries.every(([, text]) => typeof text === 'string')) return null;
  return {
    source,
    status,
    recordDate,
    values: Object.fromEntries(entries) as Record<string, string>,
  };
}

/** A verification job's state. */
export function parseVerification(value: unknown): Verification | null {
  if (!hasStrings(value, ['id'] as const)) return null;
  const { status, progress, pollAfterMs, checks } = value as Record<string, unknown>;
  if (!isOneOf(VERIFICATION_STATUSES, status) || !isCount(pollAfterMs)) return null;
  if (typeof progress !== 'number' || !(progress >= 0 && progress <= 1)) return null;
  const parsed = mapAll(checks, parseCheck);
  return parsed && { id: value.id, status, progress, checks: parsed, pollAfterMs };
}

const REGISTRATION_TEXT = [
  'id',
  'reference',
  'submittedAt',
  'childName',
  'childIdNumber',
  'schoolId',
] as const;

/** A registration as the gateway keeps it. */
export function parseRegistration(value: unknown): Registration | null {
  if (!hasStrings(value, REGISTRATION_TEXT)) return null;
  const { subsystem, status, category, needsOnSiteAppointment } = value as Record<string, unknown>;
  if (!isOneOf(SUBSYSTEMS, subsystem) || !isOneOf(REGISTRATION_STATUSES, status)) return null;
  if (!isOneOf(CATEGORY_IDS, category) || typeof needsOnSiteAppointment !== 'boolean') return null;
  const { id, reference, submittedAt, childName, childIdNumber, schoolId } = value;
  return {
    ...{ id, reference, subsystem, status, submittedAt, category },
    ...{ childName, childIdNumber, schoolId, needsOnSiteAppointment },
  };
}

/** A list in which every item must parse. */
export function parseList<T>(parse: (item: unknown) => T | null): (value: unknown) => T[] | null {
  return (value) => mapAll(value, parse);
}
