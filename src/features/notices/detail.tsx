import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { pageParam } from '@/platform/navigation';
import { NoticeView } from './notice-view';
import '@/messages/words/content';

export default function NoticeDetailPage() {
  const m = useMessages();
  return (
    <PageShell title={m.content.noticesTitle}>
      <SessionGate>
        <NoticeView id={pageParam('id')} />
      </SessionGate>
    </PageShell>
  );
}
