import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { FaqList } from './faq-list';
import '@/messages/words/content';

export default function FaqPage() {
  const m = useMessages();
  return (
    <PageShell title={m.content.faqTitle}>
      <SessionGate>
        <FaqList />
      </SessionGate>
    </PageShell>
  );
}
