import { RegistrationPage } from '@/components/registration/registration-page';
import { SectionScreen } from '@/components/registration/section-screen';
import { useMessages } from '@/components/use-messages';
import { sectionParam, stepParam } from '@/components/registration/page-params';
import { TRANSFER_FLOW } from './transfer-flow';
import '@/messages/words/transfer';

export default function TransferSectionPage() {
  const m = useMessages();
  return (
    <RegistrationPage flow={TRANSFER_FLOW} title={m.transfer.title}>
      {(draftId, config, now) => (
        <SectionScreen
          flow={TRANSFER_FLOW}
          draftId={draftId}
          section={sectionParam(TRANSFER_FLOW)}
          step={stepParam()}
          config={config}
          now={now}
        />
      )}
    </RegistrationPage>
  );
}
