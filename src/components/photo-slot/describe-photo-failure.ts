import { describeFailure } from '@/components/failure-message';
import type { Messages } from '@/messages/catalog';
import type { SlotFailure } from './slot-state';
import '@/messages/words/photos';

/** The title and next step for a photo that did not make it (FAQ 12), in the parent's words. */
export function describePhotoFailure(
  m: Messages,
  failure: SlotFailure,
): { title: string; action: string } {
  if (failure.kind === 'photo') return m.photos.problems[failure.problem];
  if (failure.kind === 'duplicate') return m.photos.duplicate;
  return describeFailure(m, failure.code, failure.retryAfterMs);
}
