import { CATALOGUES } from './catalogues.weapp';
import type { Locale, Messages } from './catalog';

/**
 * The mini-program cannot fetch code at run time: both languages' words are in its packages
 * already (catalogues.weapp.ts, completed by the subpackages), so nothing waits.
 */
export function loadCatalogue(locale: Locale): Promise<Messages> {
  return Promise.resolve(CATALOGUES[locale]);
}
