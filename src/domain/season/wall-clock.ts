/** The wall-clock parts of a gateway time, read as the gateway wrote them (its own offset). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * Reads date and time as written in an ISO 8601 string from the gateway, without converting to
 * the device's time zone: windows are announced in Beijing time, whatever the phone is set to.
 */
export function readWallClock(iso: string): WallClock | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { year, month, day, hour, minute };
}
