import { useMessages } from '@/components/use-messages';
import { EnrollmentPage } from './enrollment-page';
import { IneligibleView } from './ineligible-view';

export default function EnrollmentIneligiblePage() {
  const m = useMessages();
  return (
    <EnrollmentPage title={m.enrollment.title}>
      {(draftId, config, now) => <IneligibleView draftId={draftId} config={config} now={now} />}
    </EnrollmentPage>
  );
}
