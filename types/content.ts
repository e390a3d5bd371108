/** Read-only content the gateway serves: notices (通知公告) and the FAQ. */

export interface NoticeSummary {
  id: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  publishedOn: string;
}

export interface Notice extends NoticeSummary {
  /** Plain text paragraphs; rendered as text, never as markup. */
  paragraphs: string[];
}

export interface FaqEntry {
  /** 1-based number of the answer in the source FAQ. */
  number: number;
  question: string;
  /** Plain text paragraphs. */
  answer: string[];
}
