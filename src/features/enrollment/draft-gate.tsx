import type { SeasonConfig } from '@contract';
import type { ReactNode } from 'react';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import { initialDraft } from '@/domain/enrollment/draft';
import { useSession } from '@/stores/session-store';
import { enrollmentContext } from './enrollment-context';
import { useDraftId } from './use-draft-id';

interface DraftGateProps {
  requested: string | null;
  config: SeasonConfig;
  now: number;
  children(draftId: string): ReactNode;
}

/** Renders its content once the parent's enrollment draft is loaded (or created). */
export function DraftGate({ requested, config, now, children }: DraftGateProps) {
  const m = useMessages();
  const profile = useSession((state) => state.profile);
  const draftId = useDraftId(requested, () =>
    profile ? initialDraft(enrollmentContext(config, now, profile)) : {},
  );
  if (!draftId) return <LoadingNote text={m.common.loading} />;
  return <>{children(draftId)}</>;
}
