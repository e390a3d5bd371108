import { RegistrationPage } from '@/components/registration/registration-page';
import { useMessages } from '@/components/use-messages';
import { ENROLLMENT_FLOW } from './enrollment-flow';
import { IneligibleView } from './ineligible-view';
import '@/messages/words/enrollment';

export default function EnrollmentIneligiblePage() {
  const m = useMessages();
  return (
    <RegistrationPage flow={ENROLLMENT_FLOW} title={m.enrollment.title}>
      {(draftId, config, now) => <IneligibleView draftId={draftId} config={config} now={now} />}
    </RegistrationPage>
  );
}
