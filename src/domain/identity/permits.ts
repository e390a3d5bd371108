import { normalizeIdNumber } from './normalize-id';
import { type PersonalIdNumber, validateResidentId } from './resident-id';

/** Why a permit number was refused; 'prefix' means it does not start as that permit must. */
export type PermitProblem =
  'empty' | 'length' | 'characters' | 'prefix' | 'birth-date' | 'checksum';

export type HmtResidencePermitResult = PersonalIdNumber | { ok: false; reason: PermitProblem };

export type TravelPermitResult =
  | { ok: true; value: string }
  | { ok: false; reason: Exclude<PermitProblem, 'birth-date' | 'checksum'> };

// Address codes of Hong Kong, Macau and Taiwan residents' residence permits (State Council, 2018).
const HMT_PREFIXES: readonly string[] = ['810000', '820000', '830000'];

/** Validates a 港澳台居民居住证: a GB 11643-1999 number with address code 810000/820000/830000. */
export function validateHmtResidencePermit(raw: string, today: string): HmtResidencePermitResult {
  const base = validateResidentId(raw, today);
  if (base.ok) return hasHmtPrefix(base.value) ? base : { ok: false, reason: 'prefix' };
  const { reason } = base;
  if (reason === 'empty' || reason === 'length' || reason === 'characters') {
    return { ok: false, reason };
  }
  // The prefix check takes the region check's place: before birth date and checksum.
  if (reason === 'region' || !hasHmtPrefix(normalizeIdNumber(raw))) {
    return { ok: false, reason: 'prefix' };
  }
  return { ok: false, reason };
}

function hasHmtPrefix(value: string): boolean {
  return HMT_PREFIXES.includes(value.slice(0, 6));
}

/** Validates a 港澳居民来往内地通行证 (card since 2013): H (Hong Kong) or M (Macau), 8 digits. */
export function validateHomeReturnPermit(raw: string): TravelPermitResult {
  const value = normalizeIdNumber(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (value.length !== 9) return { ok: false, reason: 'length' };
  if (value.charAt(0) !== 'H' && value.charAt(0) !== 'M') return { ok: false, reason: 'prefix' };
  if (!/^\d{8}$/.test(value.slice(1))) return { ok: false, reason: 'characters' };
  return { ok: true, value };
}

/** Validates a 台湾居民来往大陆通行证 (card since 2015): 8 digits. */
export function validateTaiwanPermit(raw: string): TravelPermitResult {
  const value = normalizeIdNumber(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (value.length !== 8) return { ok: false, reason: 'length' };
  if (!/^\d{8}$/.test(value)) return { ok: false, reason: 'characters' };
  return { ok: true, value };
}
