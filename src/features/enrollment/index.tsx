import { useMessages } from '@/components/use-messages';
import { EnrollmentPage } from './enrollment-page';
import { EnrollmentStart } from './enrollment-start';

export default function EnrollmentIndexPage() {
  const m = useMessages();
  return (
    <EnrollmentPage title={m.enrollment.title}>
      {(draftId, config, now) => <EnrollmentStart draftId={draftId} config={config} now={now} />}
    </EnrollmentPage>
  );
}
