import type { Subsystem } from '@contract';
import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { pageParam } from '@/platform/navigation';
import { AnotherChild } from './another-child';
import '@/messages/words/registrations';

const asSubsystem = (value: string | null): Subsystem | null =>
  value === 'enrollment' || value === 'transfer' ? value : null;

export default function AnotherChildPage() {
  const m = useMessages();
  return (
    <PageShell title={m.registrations.anotherTitle}>
      <SessionGate>
        <SeasonGate>
          {(config, now) => (
            <AnotherChild
              from={pageParam('from')}
              fromDraft={pageParam('draft')}
              requestedSubsystem={asSubsystem(pageParam('subsystem'))}
              config={config}
              now={now}
            />
          )}
        </SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
