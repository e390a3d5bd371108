import type { SeasonConfig } from '@contract';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import type { SectionId } from '@/domain/enrollment/journey';
import { MaterialsStep } from './materials-step';
import { SectionStep } from './section-step';
import { useEnrollment } from './use-enrollment';

interface SectionScreenProps {
  draftId: string;
  section: SectionId;
  step: number;
  config: SeasonConfig;
  now: number;
}

/** A section's screen: questions for answer sections, photo slots for the materials section. */
export function SectionScreen({ draftId, section, step, config, now }: SectionScreenProps) {
  const m = useMessages();
  const enrollment = useEnrollment(draftId, config, now);
  if (!enrollment) return <LoadingNote text={m.common.loading} />;
  return section === 'materials' ? (
    <MaterialsStep enrollment={enrollment} />
  ) : (
    <SectionStep key={`${section}-${step}`} enrollment={enrollment} section={section} step={step} />
  );
}
