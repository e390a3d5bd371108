import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { pageParam } from '@/platform/navigation';
import { ReceiptView } from '@/components/registration/receipt-view';

export default function TransferReceiptPage() {
  const m = useMessages();
  return (
    <PageShell title={m.submission.receiptTitle}>
      <SessionGate>
        <ReceiptView id={pageParam('id')} />
      </SessionGate>
    </PageShell>
  );
}
