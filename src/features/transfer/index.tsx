import { RegistrationPage } from '@/components/registration/registration-page';
import { RegistrationStart } from '@/components/registration/registration-start';
import { StartPending } from '@/components/registration/start-pending';
import { useMessages } from '@/components/use-messages';
import { TRANSFER_FLOW } from './transfer-flow';
import '@/messages/words/transfer';

export default function TransferIndexPage() {
  const m = useMessages();
  return (
    <RegistrationPage
      flow={TRANSFER_FLOW}
      title={m.transfer.title}
      pending={<StartPending flow={TRANSFER_FLOW} />}
    >
      {(draftId, config, now) => (
        <RegistrationStart flow={TRANSFER_FLOW} draftId={draftId} config={config} now={now} />
      )}
    </RegistrationPage>
  );
}
