import { CheckScreen } from '@/components/registration/check-screen';
import { RegistrationPage } from '@/components/registration/registration-page';
import { useMessages } from '@/components/use-messages';
import { TRANSFER_FLOW } from './transfer-flow';
import '@/messages/words/submission';

export default function TransferCheckPage() {
  const m = useMessages();
  return (
    <RegistrationPage flow={TRANSFER_FLOW} title={m.submission.checkTitle}>
      {(draftId, config, now) => (
        <CheckScreen flow={TRANSFER_FLOW} draftId={draftId} config={config} now={now} />
      )}
    </RegistrationPage>
  );
}
