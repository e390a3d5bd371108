import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { pageParam } from '@/platform/navigation';
import { AppointmentView } from './appointment-view';
import '@/messages/words/registrations';

export default function AppointmentPage() {
  const m = useMessages();
  return (
    <PageShell title={m.registrations.appointmentTitle}>
      <SessionGate>
        <SeasonGate>
          {(config, now) => (
            <AppointmentView id={pageParam('id') ?? ''} config={config} now={now} />
          )}
        </SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
