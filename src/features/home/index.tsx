import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { SignOut } from '@/components/sign-out';
import { useMessages } from '@/components/use-messages';
import { HomeContent } from './home-content';

export default function HomePage() {
  const m = useMessages();
  return (
    <PageShell title={m.common.appTitle}>
      <SessionGate>
        <HomeContent />
        <SignOut />
      </SessionGate>
    </PageShell>
  );
}
