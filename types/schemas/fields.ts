/**
 * Building blocks of the contract's schemas. Each failing check carries the field reason the
 * gateway answers (`required`, `invalid`, `too-long`, `out-of-range`), so the client's own check
 * and the gateway's speak the same words.
 */
import * as v from 'valibot';

/** A non-blank string of at most `max` characters. */
export function text(max: number) {
  return v.pipe(
    v.string('invalid'),
    v.check((value) => value.trim() !== '', 'required'),
    v.maxLength(max, 'too-long'),
  );
}

/** A string of at most `max` characters, possibly empty. */
export function optionalText(max: number) {
  return v.pipe(v.string('invalid'), v.maxLength(max, 'too-long'));
}

/** A non-blank string of at most `max` characters matching `pattern`. */
export function matching(pattern: RegExp, max: number) {
  return v.pipe(
    v.string('invalid'),
    v.check((value) => value.trim() !== '', 'required'),
    v.maxLength(max, 'too-long'),
    v.regex(pattern, 'invalid'),
  );
}

/** One of a fixed list of wire values. */
export function oneOf<const T extends readonly string[]>(list: T) {
  return v.picklist(list, 'invalid');
}

/** A whole number from `min` to `max`. */
export function integer(min: number, max: number) {
  return v.pipe(
    v.number('invalid'),
    v.integer('invalid'),
    v.minValue(min, 'out-of-range'),
    v.maxValue(max, 'out-of-range'),
  );
}

/** A count: a whole number of at least zero. */
export const count = v.pipe(v.number('invalid'), v.integer('invalid'), v.minValue(0, 'invalid'));

/** Any string: for values the gateway produces and the client only shows. */
export const wireText = v.string('invalid');

/** A timestamp in ISO 8601 with a date and a time. */
export const isoDateTime = v.pipe(
  v.string('invalid'),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'invalid'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'invalid'),
);

/** A calendar date, YYYY-MM-DD. */
export const isoDate = v.pipe(v.string('invalid'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid'));
