import { CATALOGUES } from './catalogues';
import type { zhCN } from './zh-cn';

/** The shape every language catalogue must have: the Chinese one, the product language. */
export type Messages = typeof zhCN;

/** The languages a parent can choose; BCP 47 tags, as the page's `lang` attribute takes them. */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

// Module state, not React state: date formatting outside components must follow the choice too.
let current: Locale = 'zh-CN';

/** True for a value that names one of the app's languages (e.g. read back from storage). */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** True once the words of `locale` are on this page (Chinese always; loadCatalogue for others). */
export function hasCatalogue(locale: Locale): boolean {
  return CATALOGUES[locale] !== undefined;
}

/**
 * The catalogue of one language; Chinese, the product language, until that language's words have
 * arrived (never keys or blanks on screen).
 */
export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale] ?? CATALOGUES['zh-CN'];
}

/** Switches the language that `currentMessages` and the date formatting use. */
export function setCurrentLocale(locale: Locale): void {
  current = locale;
}

/** The language in use (Simplified Chinese until the parent chooses another). */
export function currentLocale(): Locale {
  return current;
}

/** The catalogue in use. */
export function currentMessages(): Messages {
  return messagesFor(current);
}
