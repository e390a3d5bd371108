import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { HomeContent } from './home-content';

export default function HomePage() {
  const m = useMessages();
  return (
    <PageShell title={m.common.appTitle}>
      <SessionGate>
        <HomeContent />
      </SessionGate>
    </PageShell>
  );
}
