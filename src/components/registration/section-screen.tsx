import type { SeasonConfig } from '@contract';
import { useEffect } from 'react';
import { useDocumentTitle } from '@/components/document-title';
import { LoadingNote } from '@/components/loading-note';
import { preloadPickerFields } from '@/components/pickers/picker-fields-on-demand';
import { StepIndicator } from '@/components/step-indicator';
import { useMessages } from '@/components/use-messages';
import { sectionSteps, type SectionId } from '@/domain/registration/journey';
import { sectionStatus } from '@/domain/registration/section-status';
import type { Messages } from '@/messages/catalog';
import { fill } from '@/messages/fill';
import { sectionTitle, type RegistrationFlow } from './flow';
import { MaterialsStepOnDemand } from './materials-step-on-demand';
import { SectionStep } from './section-step';
import { useRegistration, type RegistrationForm } from './use-registration';

interface SectionScreenProps {
  flow: RegistrationFlow;
  draftId: string;
  section: SectionId;
  step: number;
  config: SeasonConfig;
  now: number;
}

/**
 * The window title of a form's screen (issue 18): which section of how many, and which screen of
 * the section when it has several: "第 2 步，共 4 步：监护人信息 - 小学入学信息登记".
 */
function stepTitle(m: Messages, form: RegistrationForm, section: SectionId, step: number): string {
  const { flow, answers, context } = form;
  const status = sectionStatus(answers, context, undefined, flow.journey);
  const shown = flow.journey.sections.filter((s) => s === section || status[s] !== 'not-needed');
  const screens = section === 'materials' ? 1 : sectionSteps(section, answers, flow.journey).length;
  const name = sectionTitle(m, flow, section);
  return fill(m.frame.stepDocumentTitle, {
    step: shown.indexOf(section) + 1,
    total: shown.length,
    section:
      screens > 1
        ? fill(m.frame.sectionPart, { section: name, part: step + 1, parts: screens })
        : name,
    service: flow.copy(m).title,
  });
}

/** A section's screen: questions for answer sections, photo slots for the materials section. */
export function SectionScreen({ flow, draftId, section, step, config, now }: SectionScreenProps) {
  const m = useMessages();
  const form = useRegistration(flow, draftId, config, now);
  useDocumentTitle(form ? stepTitle(m, form, section, step) : null);
  const shown = form !== null;
  // Later screens ask with pickers and every section leads to the photos: fetch their code once
  // this screen is up, not before.
  useEffect(() => {
    if (!shown) return;
    preloadPickerFields();
    MaterialsStepOnDemand.preload();
  }, [shown]);
  if (!form) return <LoadingNote text={m.common.loading} />;
  return (
    <>
      <StepIndicator current={section === 'materials' ? 'upload' : 'fill'} />
      {section === 'materials' ? (
        <MaterialsStepOnDemand form={form} />
      ) : (
        <SectionStep key={`${section}-${step}`} form={form} section={section} step={step} />
      )}
    </>
  );
}
