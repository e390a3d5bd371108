import { SUBSYSTEMS, type RegistrationSummary, type SeasonConfig } from '@contract';
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

/** 我的登记 (FAQ 7, 13): every registration of this parent by subsystem, drafts, 继续登记. */
export function RegistrationList({ config, now }: { config: SeasonConfig; now: number }) {
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
  const latest = list.data[list.data.length - 1];
  const source: Record<string, string> | null = latest
    ? { from: latest.id }
    : drafts[0]
      ? { draft: drafts[0].id }
      : null;
  const open = getWindowState(config.windows.enrollment, now).phase === 'open';
  return (
    <>
      {list.data.length === 0 && drafts.length === 0 ? (
        <Text className="hint" id="registrations-empty">
          {m.registrations.empty}
        </Text>
      ) : null}
      {SUBSYSTEMS.map((subsystem) => {
        const mine = list.data.filter((r) => r.subsystem === subsystem);
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
                  window={getWindowState(config.windows[subsystem], now)}
                  now={now}
                />
              ))
            )}
          </View>
        );
      })}
      <DraftEntries drafts={drafts} config={config} now={now} />
      {open && source ? (
        <View className="card">
          <Text className="hint">{m.registrations.anotherHint}</Text>
          <Button
            className="button button--primary"
            id="register-another"
            onClick={() => openPage('registrationAnother', source)}
          >
            {m.registrations.another}
          </Button>
        </View>
      ) : null}
    </>
  );
}
