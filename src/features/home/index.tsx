import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { SignOut } from '@/components/sign-out';
import { useMessages } from '@/components/use-messages';
import { useSession } from '@/stores/session-store';
import { HomeContent } from './home-content';
import { ParentCard, ParentCardPending } from './parent-card';

/**
 * The home page. The windows, links and notices are public and show at once; only the parent's
 * card waits for the sign-in (and shows its problem, if any), so the first screen does not wait
 * a round trip to the gateway after the app has started.
 */
export default function HomePage() {
  const m = useMessages();
  const signedIn = useSession((state) => state.status === 'signed-in');
  return (
    <PageShell title={m.common.appTitle}>
      <SessionGate signingIn={<ParentCardPending />}>
        <ParentCard />
      </SessionGate>
      <HomeContent />
      {signedIn ? <SignOut /> : null}
    </PageShell>
  );
}
