import type { Subsystem } from '@contract';
import { useEffect, useState } from 'react';
import type { EnrollmentDraft } from '@/domain/registration/draft';
import { restoreNewest } from '@/stores/draft-restore';
import { useDrafts } from '@/stores/draft-store';
import { useSession } from '@/stores/session-store';

const restoredFor = new Set<string>();

/**
 * The draft of this subsystem a screen works on: the one named in the page URL, else the parent's most
 * recent one, else a blank one pre-filled from the host profile (FAQ 3), kept once answered. Null while loading. The
 * newest copy, local or server, is restored first (FAQ 7): before the first screen of a parent,
 * in the background on later ones.
 */
export function useDraftId(
  subsystem: Subsystem,
  requested: string | null,
  seed: () => EnrollmentDraft,
): string | null {
  const parentId = useSession((state) => state.profile?.parentId ?? null);
  const { parentId: loadedFor, drafts, openFor, startBlank } = useDrafts();
  const [restored, setRestored] = useState<string | null>(null);
  useEffect(() => {
    if (parentId) openFor(parentId);
  }, [parentId, openFor]);
  const loaded = parentId !== null && loadedFor === parentId;
  useEffect(() => {
    if (!loaded || !parentId) return;
    let live = true;
    void restoreNewest(subsystem).then(() => {
      restoredFor.add(`${subsystem}:${parentId}`);
      if (live) setRestored(parentId);
    });
    return () => {
      live = false;
    };
  }, [loaded, parentId, subsystem]);
  const ready = loaded && (restored === parentId || restoredFor.has(`${subsystem}:${parentId}`));
  const latest = Object.values(drafts)
    .filter((draft) => draft.subsystem === subsystem)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  const chosen =
    requested && drafts[requested]?.subsystem === subsystem ? requested : (latest?.id ?? null);
  const missing = ready && chosen === null;
  useEffect(() => {
    // A blank draft stays in memory until the parent answers something (no empty drafts).
    if (missing) startBlank(subsystem, seed());
    // `seed` only fills a new draft; re-running when it changes would create more drafts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [missing, startBlank, subsystem]);
  return ready ? chosen : null;
}
