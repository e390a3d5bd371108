/** A small reader that checks untrusted JSON field by field and collects what is wrong. */
import type { FieldProblem } from '../../types';

type Json = Record<string, unknown>;

export interface FieldReader {
  readonly problems: FieldProblem[];
  /** An object, or null (with 'required' or 'invalid' recorded). */
  object(value: unknown, path: string): Json | null;
  /** A non-blank string. */
  text(value: unknown, path: string): string | null;
  /** A string matching a pattern ('invalid' otherwise). */
  matching(value: unknown, path: string, pattern: RegExp): string | null;
  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | null;
  integer(value: unknown, path: string, min: number, max: number): number | null;
  flag(value: unknown, path: string): boolean | null;
  add(field: string, code: string): void;
}

function missing(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** Creates a reader; `problems` lists every field that failed, in reading order. */
export function createFieldReader(): FieldReader {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string) => {
    problems.push({ field, code });
  };
  const fail = (value: unknown, path: string) => {
    add(path, missing(value) ? 'required' : 'invalid');
    return null;
  };
  const reader: FieldReader = {
    problems,
    add,
    object(value, path) {
      const ok = typeof value === 'object' && value !== null && !Array.isArray(value);
      return ok ? (value as Json) : fail(value, path);
    },
    text(value, path) {
      return typeof value === 'string' && value.trim() !== '' ? value : fail(value, path);
    },
    matching(value, path, pattern) {
      const text = reader.text(value, path);
      if (text !== null && !pattern.test(text)) return fail(text, path);
      return text;
    },
    oneOf(value, path, allowed) {
      const ok = typeof value === 'string' && (allowed as readonly string[]).includes(value);
      return ok ? (value as (typeof allowed)[number]) : fail(value, path);
    },
    integer(value, path, min, max) {
      if (typeof value !== 'number' || !Number.isInteger(value)) return fail(value, path);
      if (value < min || value > max) {
        add(path, 'out-of-range');
        return null;
      }
      return value;
    },
    flag(value, path) {
      return typeof value === 'boolean' ? value : fail(value, path);
    },
  };
  return reader;
}
