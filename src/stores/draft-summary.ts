import { maskIdNumber } from '@/domain/identity/mask';
import type { DraftRecord } from './draft-record';

export interface DraftSummary {
  childName: string | null;
  /** Masked (PRODUCT.md: ID numbers masked on screen by default). */
  maskedId: string | null;
  answered: number;
}

function countAnswers(value: unknown): number {
  if (value === null || value === undefined || value === '') return 0;
  if (typeof value !== 'object') return 1;
  return Object.values(value as Record<string, unknown>).reduce<number>(
    (sum, item) => sum + countAnswers(item),
    0,
  );
}

/** What a parent needs to tell two copies of a draft apart in a conflict (FAQ 7). */
export function summarizeDraft(record: DraftRecord): DraftSummary {
  const child = record.answers.child;
  return {
    childName: child?.name?.trim() || null,
    maskedId: child?.idNumber ? maskIdNumber(child.idNumber) : null,
    answered: countAnswers(record.answers),
  };
}
