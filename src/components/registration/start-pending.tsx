import { LoadingNote } from '@/components/loading-note';
import { StepIndicator } from '@/components/step-indicator';
import { useMessages } from '@/components/use-messages';
import { guideExpectedFolded } from '@/stores/guide-hint';
import { useSeason } from '@/stores/season-store';
import type { RegistrationFlow } from './flow';
import { ServiceGuide } from './service-guide';

/**
 * A start page while the sign-in and the draft are on their way: the service guide is public
 * (the season's windows and fixed advice), so a parent who has not started reads it at once
 * instead of two round trips later. It stands where the start page will draw it, so nothing
 * moves when the draft arrives. Left out where this phone last folded it (a registration under
 * way), so a returning parent never sees it open and close again.
 */
export function StartPending({ flow }: { flow: RegistrationFlow }) {
  const m = useMessages();
  const config = useSeason((state) => state.config);
  const early = config !== null && !guideExpectedFolded(flow.subsystem);
  return (
    <>
      <StepIndicator current="fill" />
      {early ? <ServiceGuide flow={flow} config={config} /> : null}
      <LoadingNote text={m.common.loading} />
    </>
  );
}
