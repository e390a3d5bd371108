import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { RegistrationList } from './registration-list';

export default function MyRegistrationsPage() {
  const m = useMessages();
  return (
    <PageShell title={m.registrations.title}>
      <SessionGate>
        <SeasonGate>{(config, now) => <RegistrationList config={config} now={now} />}</SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
