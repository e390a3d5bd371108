/**
 * Edge checks for the enrollment answers of the gateway, by the contract's schemas: each parser
 * answers a clean copy with only the contract's fields, or null when the gateway sent something
 * else (BAD_RESPONSE).
 */
import {
  MaterialInfoSchema,
  RegistrationSchema,
  SchoolSchema,
  VerificationSchema,
  type MaterialInfo,
  type Registration,
  type School,
  type Verification,
} from '@contract';
import * as v from 'valibot';

/** A parser for one schema: the parsed copy, or null when the value does not fit. */
export function parserOf<S extends v.GenericSchema>(schema: S) {
  return (value: unknown): v.InferOutput<S> | null => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : null;
  };
}

/** Maps every item, or null when any item fails: one bad entry spoils the list. */
function mapAll<T>(value: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.map(parse);
  return items.every((item): item is T => item !== null) ? items : null;
}

/** One entry of the materials catalogue. */
export const parseMaterialInfo: (value: unknown) => MaterialInfo | null =
  parserOf(MaterialInfoSchema);

/** One catchment school; remaining places are a count or null (not published). */
export const parseSchool: (value: unknown) => School | null = parserOf(SchoolSchema);

/** A verification job's state. */
export const parseVerification: (value: unknown) => Verification | null =
  parserOf(VerificationSchema);

/** A registration as the gateway keeps it. */
export const parseRegistration: (value: unknown) => Registration | null =
  parserOf(RegistrationSchema);

/** A list in which every item must parse. */
export function parseList<T>(parse: (item: unknown) => T | null): (value: unknown) => T[] | null {
  return (value) => mapAll(value, parse);
}
