import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { MaterialsTableView } from './materials-table-view';
import '@/messages/words/materials';

export default function MaterialsTablePage() {
  const m = useMessages();
  return (
    <PageShell title={m.materialsTable.title}>
      <SessionGate>
        <MaterialsTableView />
      </SessionGate>
    </PageShell>
  );
}
