import { readBirthDate } from './birth-date';
import { hasValidCheckDigit } from './check-digit';
import { normalizeIdNumber } from './normalize-id';

/** Why a 外国人永久居留身份证 number was refused, in the order the checks run. */
export type ForeignResidenceProblem =
  'empty' | 'length' | 'characters' | 'prefix' | 'region' | 'birth-date' | 'checksum';

export type ForeignResidenceResult =
  { ok: true; value: string; birthDate?: string } | { ok: false; reason: ForeignResidenceProblem };

// Province-level codes of GB/T 2260 where a card can be applied for (the acceptance place).
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
]);

/**
 * Cards issued before 2023: 15 characters, the holder's nationality as 3 letters (ISO 3166-1
 * alpha-3), then 12 digits as issued (acceptance place, birth date YYMMDD, sequence and check).
 * Only the shape, the place and a real birth date are checked: the old check digit's rule is not
 * published.
 */
function validateIssuedBefore2023(value: string, today: string): ForeignResidenceResult {
  if (!/^[A-Z]{3}\d{12}$/.test(value)) {
    return { ok: false, reason: /^[A-Z0-9]{15}$/.test(value) ? 'prefix' : 'characters' };
  }
  if (!PROVINCES.has(value.slice(3, 5))) return { ok: false, reason: 'region' };
  const yymmdd = value.slice(5, 11);
  // Two-digit years: the birth date is real in this century or the last, and not in the future.
  const real = [`20${yymmdd}`, `19${yymmdd}`].some((date) => readBirthDate(date, today) !== null);
  return real ? { ok: true, value } : { ok: false, reason: 'birth-date' };
}

/**
 * Cards issued since December 2023: 18 characters like a resident ID, starting with 9, then the
 * acceptance province (2), the nationality's numeric code (3), the birth date (YYYYMMDD), a
 * sequence (3) and the GB 11643 check character.
 */
function validateIssuedSince2023(value: string, today: string): ForeignResidenceResult {
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: 'characters' };
  if (value.charAt(0) !== '9') return { ok: false, reason: 'prefix' };
  if (!PROVINCES.has(value.slice(1, 3))) return { ok: false, reason: 'region' };
  const birthDate = readBirthDate(value.slice(6, 14), today);
  if (birthDate === null) return { ok: false, reason: 'birth-date' };
  if (!hasValidCheckDigit(value)) return { ok: false, reason: 'checksum' };
  return { ok: true, value, birthDate };
}

/** Validates a 外国人永久居留身份证 number of either generation; `today` is the gateway's date. */
export function validateForeignPermanentResidence(
  raw: string,
  today: string,
): ForeignResidenceResult {
  const value = normalizeIdNumber(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (value.length === 15) return validateIssuedBefore2023(value, today);
  if (value.length === 18) return validateIssuedSince2023(value, today);
  return { ok: false, reason: 'length' };
}
