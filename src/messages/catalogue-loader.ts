import { CATALOGUES } from './catalogues';
import type { Locale, Messages } from './catalog';

let english: Promise<Messages> | null = null;

/**
 * The catalogue of `locale`, fetched in its own chunk the first time English is asked for. A
 * failed fetch (a dropped connection) is forgotten, so asking again tries again.
 */
export function loadCatalogue(locale: Locale): Promise<Messages> {
  const loaded = CATALOGUES[locale];
  if (loaded) return Promise.resolve(loaded);
  english ??= import(/* webpackChunkName: "words-en-us" */ './en-us').then(
    ({ enUS }) => (CATALOGUES['en-US'] = enUS),
    (error: unknown) => {
      english = null;
      throw error;
    },
  );
  return english;
}
