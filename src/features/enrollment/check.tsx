import { CheckScreen } from '@/components/registration/check-screen';
import { RegistrationPage } from '@/components/registration/registration-page';
import { useMessages } from '@/components/use-messages';
import { ENROLLMENT_FLOW } from './enrollment-flow';
import '@/messages/words/submission';

export default function EnrollmentCheckPage() {
  const m = useMessages();
  return (
    <RegistrationPage flow={ENROLLMENT_FLOW} title={m.submission.checkTitle}>
      {(draftId, config, now) => (
        <CheckScreen flow={ENROLLMENT_FLOW} draftId={draftId} config={config} now={now} />
      )}
    </RegistrationPage>
  );
}
