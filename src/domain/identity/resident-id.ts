import { isIsoDate, readBirthDate } from './birth-date';
import { hasValidCheckDigit } from './check-digit';
import { normalizeIdNumber } from './normalize-id';
import { isKnownRegionCode } from './region';

export type Sex = 'male' | 'female';

/** Why an 18-character number was refused, in the order the checks run. */
export type IdProblem = 'empty' | 'length' | 'characters' | 'region' | 'birth-date' | 'checksum';

/** An accepted 18-character number with what it tells about its holder. */
export type PersonalIdNumber = { ok: true; value: string; birthDate: string; sex: Sex };

export type ResidentIdResult = PersonalIdNumber | { ok: false; reason: IdProblem };

// 17 digits then a digit or X (GB 11643-1999): letters anywhere else are wrong.
const SHAPE = /^\d{17}[\dX]$/;

/** Throws when `today` is not a real YYYY-MM-DD date: a programming error, not a user's mistake. */
export function assertToday(today: string): void {
  if (!isIsoDate(today)) throw new RangeError('today must be a real date written YYYY-MM-DD');
}

/** Validates a resident ID (GB 11643-1999); `today` is the gateway's date, not the device's. */
export function validateResidentId(raw: string, today: string): ResidentIdResult {
  // Checks run in this order: empty, length, characters, region, birth-date, checksum.
  assertToday(today);
  const value = normalizeIdNumber(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (value.length !== 18) return { ok: false, reason: 'length' };
  if (!SHAPE.test(value)) return { ok: false, reason: 'characters' };
  if (!isKnownRegionCode(value)) return { ok: false, reason: 'region' };
  const birthDate = readBirthDate(value.slice(6, 14), today);
  if (birthDate === null) return { ok: false, reason: 'birth-date' };
  if (!hasValidCheckDigit(value)) return { ok: false, reason: 'checksum' };
  // GB 11643-1999: the sequence code's last digit is odd for men, even for women.
  const sex: Sex = Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate, sex };
}
