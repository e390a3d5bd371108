import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { pageParam } from '@/platform/navigation';
import { CheckScreen } from './check-screen';
import { DraftGate } from './draft-gate';

export default function EnrollmentCheckPage() {
  const m = useMessages();
  return (
    <PageShell title={m.submission.checkTitle}>
      <SessionGate>
        <SeasonGate>
          {(config, now) => (
            <DraftGate requested={pageParam('draft')} config={config} now={now}>
              {(draftId) => <CheckScreen draftId={draftId} config={config} now={now} />}
            </DraftGate>
          )}
        </SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
