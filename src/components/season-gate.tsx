import type { SeasonConfig } from '@contract';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useSeason } from '@/stores/season-store';
import { describeFailure } from './failure-message';
import { LoadingNote } from './loading-note';
import { ProblemPanel } from './problem-panel';
import { useMessages } from './use-messages';
import { useServerNow } from './use-server-now';

/**
 * Renders its content with the season configuration and the gateway's time, loading them once;
 * a failure shows the retry screen without unmounting anything above.
 */
export function SeasonGate({
  children,
  loading,
}: {
  children(config: SeasonConfig, now: number): ReactNode;
  /** Stands in while the configuration loads (by default a loading line). */
  loading?: ReactNode;
}) {
  const m = useMessages();
  const { config, status, failure, load } = useSeason();
  const now = useServerNow();
  useEffect(() => {
    if (useSeason.getState().status === 'idle') void load();
  }, [load]);
  if (status === 'failed' && failure) {
    return <ProblemPanel {...describeFailure(m, failure)} onRetry={() => void load()} />;
  }
  if (!config || now === null) return loading ?? <LoadingNote text={m.common.loading} />;
  return <>{children(config, now)}</>;
}
