import type { RegistrationDetail, SeasonConfig, Subsystem } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { fetchRegistration } from '@/api/registrations-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { nextChildDraft, type EnrollmentDraft } from '@/domain/registration/draft';
import { draftFromSubmission } from '@/domain/after-submit/refill-draft';
import { getWindowState } from '@/domain/season/window-state';
import { fill } from '@/messages/fill';
import { useDrafts } from '@/stores/draft-store';
import { ReusedAnswers } from './reused-answers';
import { useStartDraft } from './use-refill';
import '@/messages/words/registrations';

interface AnotherProps {
  from: string | null;
  fromDraft: string | null;
  /** Asked for by name when there is nothing to start from (e.g. 我的登记's group). */
  requestedSubsystem: Subsystem | null;
  config: SeasonConfig;
  now: number;
}

/**
 * 继续登记 (FAQ 13): the family's guardian, household and home answers, shown for confirmation
 * (never reused silently), then a new draft for the next child in the same subsystem, while
 * that subsystem's window is open.
 */
export function AnotherChild({ from, fromDraft, requestedSubsystem, config, now }: AnotherProps) {
  const m = useMessages();
  const r = m.registrations;
  const source = useRemote<RegistrationDetail | null>(() =>
    from ? fetchRegistration(from) : Promise.resolve(null),
  );
  const draft = useDrafts((state) => (fromDraft ? state.drafts[fromDraft] : undefined));
  const { start } = useStartDraft();
  if (source.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (source.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, source.code)} onRetry={source.retry} />;
  }
  // The next child joins the subsystem of the registration (or draft) this was offered from.
  const subsystem: Subsystem =
    source.data?.subsystem ?? draft?.subsystem ?? requestedSubsystem ?? 'enrollment';
  if (getWindowState(config.windows[subsystem], now).phase !== 'open') {
    return (
      <Text className="notice" id="another-closed">
        {fill(r.anotherClosed, { subsystem: m.common[subsystem] })}
      </Text>
    );
  }
  const previous = source.data ? draftFromSubmission(source.data.submission) : draft?.answers;
  const next: EnrollmentDraft = previous ? nextChildDraft(previous) : {};
  return (
    <View className="card" id="another-child" data-subsystem={subsystem}>
      <Text className="heading" id="another-subsystem">
        {fill(r.anotherSubsystem, { subsystem: m.common[subsystem] })}
      </Text>
      <Text className="hint">{previous ? r.anotherIntro : r.anotherNothing}</Text>
      {previous ? <ReusedAnswers draft={next} /> : null}
      <Button
        className="button button--primary"
        id="another-confirm"
        onClick={() => start(next, subsystem)}
      >
        {r.anotherConfirm}
      </Button>
    </View>
  );
}
