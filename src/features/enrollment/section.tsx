import { useMessages } from '@/components/use-messages';
import { SECTION_IDS, type SectionId } from '@/domain/enrollment/journey';
import { pageParam } from '@/platform/navigation';
import { EnrollmentPage } from './enrollment-page';
import { SectionScreen } from './section-screen';

function sectionParam(): SectionId {
  const value = pageParam('section');
  return SECTION_IDS.find((id) => id === value) ?? 'child';
}

export default function EnrollmentSectionPage() {
  const m = useMessages();
  const step = Math.max(0, Number(pageParam('step') ?? '0') || 0);
  return (
    <EnrollmentPage title={m.enrollment.title}>
      {(draftId, config, now) => (
        <SectionScreen
          draftId={draftId}
          section={sectionParam()}
          step={step}
          config={config}
          now={now}
        />
      )}
    </EnrollmentPage>
  );
}
