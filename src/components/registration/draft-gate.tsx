import type { SeasonConfig } from '@contract';
import type { ReactNode } from 'react';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import { initialDraft } from '@/domain/registration/draft';
import { useSession } from '@/stores/session-store';
import type { RegistrationFlow } from './flow';
import { registrationContext } from './registration-context';
import { useDraftId } from './use-draft-id';

interface DraftGateProps {
  flow: RegistrationFlow;
  requested: string | null;
  config: SeasonConfig;
  now: number;
  children(draftId: string): ReactNode;
  /** Stands in while the draft loads (by default a loading line). */
  loading?: ReactNode;
}

/** Renders its content once the parent's draft of this flow is loaded (or created). */
export function DraftGate({ flow, requested, config, now, children, loading }: DraftGateProps) {
  const m = useMessages();
  const profile = useSession((state) => state.profile);
  const draftId = useDraftId(flow.subsystem, requested, () =>
    profile ? initialDraft(registrationContext(flow, config, now, profile)) : {},
  );
  if (!draftId) return loading ?? <LoadingNote text={m.common.loading} />;
  return <>{children(draftId)}</>;
}
