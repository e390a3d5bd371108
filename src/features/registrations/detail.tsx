import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { pageParam } from '@/platform/navigation';
import { RegistrationDetailView } from './registration-detail-view';
import '@/messages/words/registrations';

export default function RegistrationDetailPage() {
  const m = useMessages();
  return (
    <PageShell title={m.registrations.detailTitle}>
      <SessionGate>
        <SeasonGate>
          {(config, now) => (
            <RegistrationDetailView id={pageParam('id') ?? ''} config={config} now={now} />
          )}
        </SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
