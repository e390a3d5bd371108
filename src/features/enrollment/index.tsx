import { RegistrationPage } from '@/components/registration/registration-page';
import { RegistrationStart } from '@/components/registration/registration-start';
import { StartPending } from '@/components/registration/start-pending';
import { useMessages } from '@/components/use-messages';
import { ENROLLMENT_FLOW } from './enrollment-flow';
import '@/messages/words/enrollment';

export default function EnrollmentIndexPage() {
  const m = useMessages();
  return (
    <RegistrationPage
      flow={ENROLLMENT_FLOW}
      title={m.enrollment.title}
      pending={<StartPending flow={ENROLLMENT_FLOW} />}
    >
      {(draftId, config, now) => (
        <RegistrationStart flow={ENROLLMENT_FLOW} draftId={draftId} config={config} now={now} />
      )}
    </RegistrationPage>
  );
}
