import { ConfirmationView } from '@/components/registration/confirmation-view';
import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { pageParam } from '@/platform/navigation';

export default function EnrollmentReceiptPage() {
  const m = useMessages();
  return (
    <PageShell title={m.common.enrollment}>
      <SessionGate>
        <SeasonGate>
          {(config) => <ConfirmationView id={pageParam('id')} config={config} />}
        </SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
