import { CATALOGUES } from './catalogues';
import type { Messages } from './catalog';

/**
 * Adds areas of the Chinese catalogue to the one the app reads, in place: the first bundle holds
 * only the frame's words (catalogues.ts), and each module that reads another area imports its
 * words module (src/messages/words), so a page's words travel with that page (issue 16).
 */
export function provideChineseWords(words: Partial<Messages>): void {
  Object.assign(CATALOGUES['zh-CN'], words);
}
