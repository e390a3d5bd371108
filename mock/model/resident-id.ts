/**
 * The gateway's own check of 18-character ID numbers (GB 11643-1999), used for resident IDs and
 * Hong Kong/Macau/Taiwan residence permits. Written here because mock/ never imports src/.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The check character for 17 digits (ISO 7064 MOD 11-2, as GB 11643 prescribes). */
export function checkCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17.charAt(i)), 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** A real calendar date written YYYY-MM-DD, or null. */
export function readIsoDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? value : null;
}

export interface IdFacts {
  birthDate: string;
  sex: 'male' | 'female';
}

/** Birth date and sex of a well-formed, checksum-valid number; null for anything else. */
export function readIdNumber(value: string): IdFacts | null {
  if (!SHAPE.test(value) || checkCharacter(value.slice(0, 17)) !== value.charAt(17)) return null;
  const raw = value.slice(6, 14);
  const birthDate = readIsoDate(`${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`);
  if (!birthDate) return null;
  return { birthDate, sex: Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female' };
}
