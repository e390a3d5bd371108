import { RegistrationPage } from '@/components/registration/registration-page';
import { SectionScreen } from '@/components/registration/section-screen';
import { useMessages } from '@/components/use-messages';
import { sectionParam, stepParam } from '@/components/registration/page-params';
import { ENROLLMENT_FLOW } from './enrollment-flow';
import '@/messages/words/enrollment';

export default function EnrollmentSectionPage() {
  const m = useMessages();
  return (
    <RegistrationPage flow={ENROLLMENT_FLOW} title={m.enrollment.title}>
      {(draftId, config, now) => (
        <SectionScreen
          flow={ENROLLMENT_FLOW}
          draftId={draftId}
          section={sectionParam(ENROLLMENT_FLOW)}
          step={stepParam()}
          config={config}
          now={now}
        />
      )}
    </RegistrationPage>
  );
}
