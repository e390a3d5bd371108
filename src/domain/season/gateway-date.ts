/** Beijing time is UTC+8 all year (no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The gateway's calendar date (YYYY-MM-DD, Beijing) for an instant: rules about birth dates and
 * "today" use it, never the device clock or time zone (PRODUCT.md).
 */
export function gatewayDate(epochMs: number): string {
  return new Date(epochMs + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
