import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { NoticeList } from './notice-list';
import '@/messages/words/content';

export default function NoticesPage() {
  const m = useMessages();
  return (
    <PageShell title={m.content.noticesTitle}>
      <SessionGate>
        <NoticeList />
      </SessionGate>
    </PageShell>
  );
}
