// ISO 8601 date-time with a mandatory offset: 2025-07-01T09:00:00+08:00, ...T01:00:00.250Z.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/** Parses a gateway timestamp (ISO 8601 with offset) to epoch ms, without Date.parse; else null. */
export function parseInstant(value: string): number | null {
  // No offset means local time, which would depend on the device's time zone: refused.
  const match = ISO_INSTANT.exec(value);
  if (match === null) return null;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, offsetH, offsetM] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  // Milliseconds from the first three fraction digits, read as text to avoid float rounding.
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  if (hour > 23 || minute > 59 || second > 59) return null;
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  if (
    local.getUTCFullYear() !== year ||
    local.getUTCMonth() !== month - 1 ||
    local.getUTCDate() !== day
  ) {
    return null;
  }
  if (zulu !== undefined) return local.getTime();
  const offsetHours = Number(offsetH);
  const offsetMinutes = Number(offsetM);
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const offsetMs = (offsetHours * 60 + offsetMinutes) * 60_000 * (sign === '-' ? -1 : 1);
  return local.getTime() - offsetMs;
}
