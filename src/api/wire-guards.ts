/**
 * Small runtime checks for data that crosses the edge (gateway answers, host bridge results).
 * TypeScript types say what we expect; these say what actually arrived.
 */

/** A plain object whose fields can be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when every named field of `value` is a string. */
export function hasStrings<K extends string>(
  value: unknown,
  keys: readonly K[],
): value is Record<K, string> {
  return isRecord(value) && keys.every((key) => typeof value[key] === 'string');
}

/** Keeps the items of a list that pass `guard`, or null when the value is not a list. */
export function listOf<T>(value: unknown, guard: (item: unknown) => item is T): T[] | null {
  if (!Array.isArray(value)) return null;
  return value.every(guard) ? (value as T[]) : null;
}

/** True for an array of strings. */
export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
