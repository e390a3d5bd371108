import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { SECTION_IDS, type SectionId } from '@/domain/enrollment/journey';
import { pageParam } from '@/platform/navigation';
import { DraftGate } from './draft-gate';
import { SectionScreen } from './section-screen';

function sectionParam(): SectionId {
  const value = pageParam('section');
  return SECTION_IDS.find((id) => id === value) ?? 'child';
}

export default function EnrollmentSectionPage() {
  const m = useMessages();
  const step = Math.max(0, Number(pageParam('step') ?? '0') || 0);
  return (
    <PageShell title={m.enrollment.title}>
      <SessionGate>
        <SeasonGate>
          {(config, now) => (
            <DraftGate requested={pageParam('draft')} config={config} now={now}>
              {(draftId) => (
                <SectionScreen
                  draftId={draftId}
                  section={sectionParam()}
                  step={step}
                  config={config}
                  now={now}
                />
              )}
            </DraftGate>
          )}
        </SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
