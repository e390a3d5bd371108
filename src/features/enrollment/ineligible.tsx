import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { pageParam } from '@/platform/navigation';
import { DraftGate } from './draft-gate';
import { IneligibleView } from './ineligible-view';

export default function EnrollmentIneligiblePage() {
  const m = useMessages();
  return (
    <PageShell title={m.enrollment.title}>
      <SessionGate>
        <SeasonGate>
          {(config, now) => (
            <DraftGate requested={pageParam('draft')} config={config} now={now}>
              {(draftId) => <IneligibleView draftId={draftId} config={config} now={now} />}
            </DraftGate>
          )}
        </SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
