import type { RegistrationSummary, Subsystem } from '@contract';
import { Button, Text } from '@tarojs/components';
import { fetchMyRegistrations } from '@/api/registrations-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { fill } from '@/messages/fill';
import { goToPage } from '@/platform/navigation';
import '@/messages/words/home';

/**
 * A subsystem whose window has closed (FAQ 8: view only): its card leads to what this family
 * submitted in it, never to an empty form, or says there is nothing.
 */
export function ClosedSubsystem({ subsystem }: { subsystem: Subsystem }) {
  const m = useMessages();
  const list = useRemote<RegistrationSummary[]>(fetchMyRegistrations);
  if (list.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (list.status === 'failed') {
    return (
      <ProblemPanel {...describeFailure(m, list.code, list.retryAfterMs)} onRetry={list.retry} />
    );
  }
  const mine = list.data.filter((registration) => registration.subsystem === subsystem);
  const [only] = mine;
  if (!only) {
    return (
      <Text className="hint" id={`subsystem-${subsystem}-none`}>
        {fill(m.home.noneSubmitted, { subsystem: m.common[subsystem] })}
      </Text>
    );
  }
  return (
    <Button
      className="button"
      id={`open-${subsystem}`}
      onClick={() =>
        mine.length === 1
          ? goToPage('registration', { id: only.id })
          : goToPage('registrations', { subsystem })
      }
    >
      {mine.length === 1 ? m.home.view : fill(m.home.viewSeveral, { count: mine.length })}
    </Button>
  );
}
