import type { FailureCode } from '@/api/gateway-error';
import { fill } from '@/messages/fill';
import type { Messages } from '@/messages/catalog';

/** The parent-facing title and next step for a failed gateway call. */
export function describeFailure(
  m: Messages,
  code: FailureCode,
  retryAfterMs: number | null = null,
): { title: string; action: string } {
  const entry = m.errors[code];
  const seconds = Math.max(1, Math.ceil((retryAfterMs ?? 30_000) / 1000));
  return { title: entry.title, action: fill(entry.action, { seconds }) };
}
