import { SUBSYSTEMS, type RegistrationSummary, type SeasonConfig, type Subsystem } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { fetchMyRegistrations } from '@/api/registrations-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { SeasonGate } from '@/components/season-gate';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { getWindowState } from '@/domain/season/window-state';
import { openPage } from '@/platform/navigation';
import type { DraftRecord } from '@/stores/draft-record';
import { useShowAgain } from './use-show-again';
import { DraftEntries, useParentDrafts } from './draft-entries';
import { RegistrationCard } from './registration-card';
import '@/messages/words/registrations';

interface ListProps {
  /** One subsystem only (home's card after its window closed); null: both. */
  only: Subsystem | null;
}

/**
 * 我的登记 (FAQ 7, 13): every registration of this parent by subsystem, drafts, 继续登记. The list
 * is asked for as soon as the parent is signed in, alongside the season (which it does not
 * need to ask), so the screen waits on one round trip after the sign-in, not two.
 */
export function RegistrationList({ only }: ListProps) {
  const m = useMessages();
  const list = useRemote<RegistrationSummary[]>(fetchMyRegistrations);
  // Opening the drafts on the device runs meanwhile too.
  const drafts = useParentDrafts();
  useShowAgain(list.retry);
  if (list.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (list.status === 'failed') {
    return (
      <ProblemPanel {...describeFailure(m, list.code, list.retryAfterMs)} onRetry={list.retry} />
    );
  }
  return (
    <SeasonGate>
      {(config, now) => (
        <RegistrationGroups
          registrations={list.data}
          drafts={drafts}
          config={config}
          now={now}
          only={only}
        />
      )}
    </SeasonGate>
  );
}

interface GroupsProps extends ListProps {
  registrations: RegistrationSummary[];
  drafts: DraftRecord[];
  config: SeasonConfig;
  now: number;
}

/** The registrations and drafts by subsystem, judged by the season's windows. */
function RegistrationGroups({ registrations, drafts, config, now, only }: GroupsProps) {
  const m = useMessages();
  return (
    <>
      {registrations.length === 0 && drafts.length === 0 ? (
        <Text className="hint" id="registrations-empty">
          {m.registrations.empty}
        </Text>
      ) : null}
      {SUBSYSTEMS.filter((subsystem) => !only || subsystem === only).map((subsystem) => {
        const mine = registrations.filter((r) => r.subsystem === subsystem);
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
