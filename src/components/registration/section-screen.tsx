import type { SeasonConfig } from '@contract';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import type { SectionId } from '@/domain/registration/journey';
import type { RegistrationFlow } from './flow';
import { MaterialsStep } from './materials-step';
import { SectionStep } from './section-step';
import { useRegistration } from './use-registration';

interface SectionScreenProps {
  flow: RegistrationFlow;
  draftId: string;
  section: SectionId;
  step: number;
  config: SeasonConfig;
  now: number;
}

/** A section's screen: questions for answer sections, photo slots for the materials section. */
export function SectionScreen({ flow, draftId, section, step, config, now }: SectionScreenProps) {
  const m = useMessages();
  const form = useRegistration(flow, draftId, config, now);
  if (!form) return <LoadingNote text={m.common.loading} />;
  return section === 'materials' ? (
    <MaterialsStep form={form} />
  ) : (
    <SectionStep key={`${section}-${step}`} form={form} section={section} step={step} />
  );
}
