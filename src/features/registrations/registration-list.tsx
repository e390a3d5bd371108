import { SUBSYSTEMS, type RegistrationSummary, type SeasonConfig, type Subsystem } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { fetchMyRegistrations } from '@/api/registrations-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { getWindowState } from '@/domain/season/window-state';
import { openPage } from '@/platform/navigation';
import { useShowAgain } from './use-show-again';
import { DraftEntries, useParentDrafts } from './draft-entries';
import { RegistrationCard } from './registration-card';

interface ListProps {
  config: SeasonConfig;
  now: number;
  /** One subsystem only (home's card after its window closed); null: both. */
  only: Subsystem | null;
}

/** 我的登记 (FAQ 7, 13): every registration of this parent by subsystem, drafts, 继续登记. */
export function RegistrationList({ config, now, only }: ListProps) {
  const m = useMessages();
  const list = useRemote<RegistrationSummary[]>(fetchMyRegistrations);
  const drafts = useParentDrafts();
  useShowAgain(list.retry);
  if (list.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (list.status === 'failed') {
    return (
      <ProblemPanel {...describeFailure(m, list.code, list.retryAfterMs)} onRetry={list.retry} />
    );
  }
  return (
    <>
      {list.data.length === 0 && drafts.length === 0 ? (
        <Text className="hint" id="registrations-empty">
          {m.registrations.empty}
        </Text>
      ) : null}
      {SUBSYSTEMS.filter((subsystem) => !only || subsystem === only).map((subsystem) => {
        const mine = list.data.filter((r) => r.subsystem === subsystem);
        const window = getWindowState(config.windows[subsystem], now);
        // 继续登记 starts the next child in this subsystem, from its newest registration or draft.
        const latest = mine[mine.length - 1];
        const draft = drafts.find((d) => d.subsystem === subsystem);
        const source: Record<string, string> | null = latest
          ? { from: latest.id }
          : draft
            ? { draft: draft.id }
            : null;
        return (
          <View key={subsystem} id={`group-${subsystem}`}>
            <View role="heading" aria-level={2} className="heading">
              <Text>{m.common[subsystem]}</Text>
            </View>
            {mine.length === 0 ? (
              <Text className="hint">{m.registrations.noneInSubsystem}</Text>
            ) : (
              mine.map((registration) => (
                <RegistrationCard
                  key={registration.id}
                  registration={registration}
                  window={window}
                  now={now}
                />
              ))
            )}
            {window.phase === 'open' && source ? (
              <View className="card">
                <Text className="hint">{m.registrations.anotherHint}</Text>
                <Button
                  className="button"
                  id={`register-another-${subsystem}`}
                  onClick={() => openPage('registrationAnother', source)}
                >
                  {m.registrations.another}
                </Button>
              </View>
            ) : null}
          </View>
        );
      })}
      <DraftEntries
        drafts={only ? drafts.filter((d) => d.subsystem === only) : drafts}
        config={config}
        now={now}
      />
    </>
  );
}
