import { useMessages } from '@/components/use-messages';
import { CheckScreen } from './check-screen';
import { EnrollmentPage } from './enrollment-page';

export default function EnrollmentCheckPage() {
  const m = useMessages();
  return (
    <EnrollmentPage title={m.submission.checkTitle}>
      {(draftId, config, now) => <CheckScreen draftId={draftId} config={config} now={now} />}
    </EnrollmentPage>
  );
}
