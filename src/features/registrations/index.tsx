import type { Subsystem } from '@contract';
import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { SignOut } from '@/components/sign-out';
import { useMessages } from '@/components/use-messages';
import { pageParam } from '@/platform/navigation';
import { RegistrationList } from './registration-list';
import '@/messages/words/registrations';

const asSubsystem = (value: string | null): Subsystem | null =>
  value === 'enrollment' || value === 'transfer' ? value : null;

export default function MyRegistrationsPage() {
  const m = useMessages();
  return (
    <PageShell title={m.registrations.title}>
      <SessionGate>
        <RegistrationList only={asSubsystem(pageParam('subsystem'))} />
        <SignOut />
      </SessionGate>
    </PageShell>
  );
}
