import type { Subsystem } from '@contract';
import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { SignOut } from '@/components/sign-out';
import { useMessages } from '@/components/use-messages';
import { pageParam } from '@/platform/navigation';
import { RegistrationList } from './registration-list';

const asSubsystem = (value: string | null): Subsystem | null =>
  value === 'enrollment' || value === 'transfer' ? value : null;

export default function MyRegistrationsPage() {
  const m = useMessages();
  return (
    <PageShell title={m.registrations.title}>
      <SessionGate>
        <SeasonGate>
          {(config, now) => (
            <RegistrationList
              config={config}
              now={now}
              only={asSubsystem(pageParam('subsystem'))}
            />
          )}
        </SeasonGate>
        <SignOut />
      </SessionGate>
    </PageShell>
  );
}
