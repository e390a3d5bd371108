import { describeFailure } from '@/components/failure-message';
import type { Messages } from '@/messages/catalog';
import type { SlotFailure } from './slot-state';

/** The title and next step for a photo that did not make it (FAQ 12), in the parent's words. */
export function describePhotoFailure(
  m: Messages,
  failure: SlotFailure,
): { title: string; action: string } {
  return failure.kind === 'photo'
    ? m.photos.problems[failure.problem]
    : describeFailure(m, failure.code, failure.retryAfterMs);
}
