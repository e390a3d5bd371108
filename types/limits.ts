/**
 * Limits the gateway enforces on what parents send (PRODUCT.md; FAQ 12 for photos). The schemas
 * in types/schemas apply the text limits, so the client checks them before the gateway does.
 */

/**
 * Largest JSON request body, in bytes; a larger one is refused with 413 before it is read. Room
 * for a draft at its payload limit written in Chinese (three bytes a character).
 */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** Photos one parent may upload in one season, over both subsystems. */
export const UPLOADS_PER_PARENT = 120;

/** The most characters a text answer may have, by kind of text. */
export const TEXT_LIMITS = {
  /** People's names (Chinese names, or names as written on a permit). */
  name: 50,
  /** Postal addresses. */
  address: 120,
  /** Document and certificate numbers. */
  number: 40,
  /** Short codes: ethnicity, district, school and upload ids. */
  code: 64,
  /** Free text a parent writes (a transfer's reason note, an employer's name). */
  note: 200,
  /** Field paths named in `disputedFields`. */
  path: 80,
} as const;

/** The most entries a list in a submission may have. */
export const LIST_LIMITS = {
  disputedFields: 40,
  photosPerMaterial: 12,
} as const;
