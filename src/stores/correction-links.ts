/**
 * Which draft corrects which returned registration: the submit of that draft carries
 * `replaces` (types/registration.ts, ResubmitEnrollment). Kept in memory for this visit; after a
 * reload the parent starts the correction again from 我的登记.
 */
const links = new Map<string, string>();

/** Remembers that `draftId` is the correction of registration `registrationId`. */
export function linkCorrection(draftId: string, registrationId: string): void {
  links.set(draftId, registrationId);
}

/** The returned registration a draft replaces when submitted, if any. */
export function correctionFor(draftId: string): string | null {
  return links.get(draftId) ?? null;
}
