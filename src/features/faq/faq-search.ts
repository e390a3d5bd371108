import type { FaqEntry } from '@contract';

/** The words of a search: spaces of either width separate them; Latin letters in any case. */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s\u3000,，、]+/)
    .filter((term) => term !== '');
}

/**
 * The answers a parent's search finds: every word must occur in the question or the answer.
 * Chinese has no spaces between words, so a word is matched as a substring ("回填" finds
 * "自动回填"); an empty search finds everything, in the FAQ's order.
 */
export function searchFaq(entries: readonly FaqEntry[], query: string): FaqEntry[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...entries];
  return entries.filter((entry) => {
    const text = [entry.question, ...entry.answer].join('\n').toLowerCase();
    return terms.every((term) => text.includes(term));
  });
}
