import type { RegistrationDetail, SeasonConfig } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { fetchRegistration } from '@/api/registrations-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { nextChildDraft, type EnrollmentDraft } from '@/domain/enrollment/draft';
import { draftFromSubmission } from '@/domain/registrations/refill-draft';
import { getWindowState } from '@/domain/season/window-state';
import { useDrafts } from '@/stores/draft-store';
import { ReusedAnswers } from './reused-answers';
import { useStartDraft } from './use-refill';

interface AnotherProps {
  from: string | null;
  fromDraft: string | null;
  config: SeasonConfig;
  now: number;
}

/**
 * 继续登记 (FAQ 13): the family's guardian, household and home answers, shown for confirmation
 * (never reused silently), then a new enrollment draft for the next child.
 */
export function AnotherChild({ from, fromDraft, config, now }: AnotherProps) {
  const m = useMessages();
  const r = m.registrations;
  const source = useRemote<RegistrationDetail | null>(() =>
    from ? fetchRegistration(from) : Promise.resolve(null),
  );
  const draftAnswers = useDrafts((state) => (fromDraft ? state.drafts[fromDraft]?.answers : null));
  const { start } = useStartDraft();
  if (source.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (source.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, source.code)} onRetry={source.retry} />;
  }
  if (getWindowState(config.windows.enrollment, now).phase !== 'open') {
    return <Text className="notice">{r.closedNotice}</Text>;
  }
  const previous = source.data ? draftFromSubmission(source.data.submission) : draftAnswers;
  const next: EnrollmentDraft = previous ? nextChildDraft(previous) : {};
  return (
    <View className="card" id="another-child">
      <Text className="hint">{previous ? r.anotherIntro : r.anotherNothing}</Text>
      {previous ? <ReusedAnswers draft={next} /> : null}
      <Button className="button button--primary" id="another-confirm" onClick={() => start(next)}>
        {r.anotherConfirm}
      </Button>
    </View>
  );
}
