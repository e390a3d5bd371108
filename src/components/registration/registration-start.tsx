import type { MaterialInfo, SeasonConfig } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { BottomBar } from '@/components/bottom-bar';
import { TaskList, type Task } from '@/components/form/task-list';
import { StepIndicator } from '@/components/step-indicator';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { sectionSteps } from '@/domain/registration/journey';
import {
  isReadyToSubmit,
  sectionStatus,
  type SectionStatus,
} from '@/domain/registration/section-status';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import { noteGuideFolded } from '@/stores/guide-hint';
import { loadMaterialsCatalogue } from '@/stores/materials-catalogue';
import { CorrectionBanner, useReturned } from './correction-banner';
import { sectionTitle, type RegistrationFlow } from './flow';
import { materialsEvidence } from './materials-evidence';
import { FROM_START, needsParent } from './onward';
import { SaveState } from './save-state';
import { ServiceGuide } from './service-guide';
import { StartPending } from './start-pending';
import { useRegistration } from './use-registration';
import '@/messages/words/enrollment';
import '@/messages/words/guide';
import '@/messages/words/registrations';

const STARTED: readonly SectionStatus[] = ['in-progress', 'completed', 'problem'];
const OPEN_TO_FILL: readonly SectionStatus[] = ['not-started', 'in-progress', 'problem'];

/** Tells the next visit's first screen whether to show the guide before the draft (start-pending). */
function RememberGuide({ flow, folded }: { flow: RegistrationFlow; folded: boolean }): null {
  useEffect(() => noteGuideFolded(flow.subsystem, folded), [flow, folded]);
  return null;
}

const TONE: Record<SectionStatus, Task['tone']> = {
  'not-started': 'neutral',
  'in-progress': 'neutral',
  completed: 'completed',
  'cannot-start': 'neutral',
  problem: 'problem',
  'not-needed': 'completed',
};

/**
 * The start page of a subsystem (issue 14): the service guide (办事指南) open before the first
 * answer and folded away after it, the task list of sections, and the one primary action in the
 * bottom bar: 开始登记, then 继续填写, then 检查并提交 once every section is done.
 */
export function RegistrationStart(props: {
  flow: RegistrationFlow;
  draftId: string;
  config: SeasonConfig;
  now: number;
}) {
  const m = useMessages();
  const { flow } = props;
  const form = useRegistration(flow, props.draftId, props.config, props.now);
  // Usually already under way: the page asked for it alongside the draft (registration-page).
  const catalogue = useRemote<MaterialInfo[]>(loadMaterialsCatalogue);
  const returned = useReturned(form?.record.replaces);
  const [guideOpen, setGuideOpen] = useState<boolean | null>(null);
  if (!form) return <StartPending flow={flow} />;
  const toFix = returned?.correction?.section ?? null;
  const evidence = materialsEvidence(form, catalogue.status === 'ready' ? catalogue.data : []);
  const status = sectionStatus(form.answers, form.context, evidence, flow.journey);
  const draft = { draft: props.draftId };
  const tasks: Task[] = flow.journey.sections.map((section) => {
    const state = status[section] ?? 'cannot-start';
    // The section the reviewer named is marked, in words and tone, until the parent resubmits.
    const marked = section === toFix;
    return {
      id: section,
      title: sectionTitle(m, flow, section),
      statusText: marked
        ? fill(m.registrations.sectionToFix, { status: m.enrollment.status[state] })
        : m.enrollment.status[state],
      tone: marked ? 'problem' : TONE[state],
      onOpen:
        state === 'cannot-start' || state === 'not-needed'
          ? undefined
          : () => openPage(flow.routes.section, { ...draft, section, step: '0' }),
    };
  });
  const ready = isReadyToSubmit(form.answers, form.context, evidence, flow.journey);
  const stateOf = (section: (typeof flow.journey.sections)[number]) =>
    status[section] ?? 'cannot-start';
  const started = flow.journey.sections.some((section) => STARTED.includes(stateOf(section)));
  const showGuide = guideOpen ?? !started;
  // The first section that still needs the parent, for 开始登记 and 继续填写.
  const nextSection = flow.journey.sections.find((section) =>
    OPEN_TO_FILL.includes(stateOf(section)),
  );
  const next = tasks.find((task) => task.id === nextSection);
  // 开始登记 opens the first screen with a question the records do not answer, and goes on from
  // there (issue 14): a family whose data verifies never steps through its verified answers.
  function goOn() {
    if (!form || !nextSection) return;
    const steps = sectionSteps(nextSection, form.answers, flow.journey);
    const open = steps.findIndex((fields) => fields.some((path) => needsParent(form, path)));
    const step = String(Math.max(open, 0));
    openPage(flow.routes.section, { ...draft, section: nextSection, step, ...FROM_START });
  }
  return (
    <>
      <RememberGuide flow={flow} folded={started} />
      <StepIndicator current="fill" />
      <CorrectionBanner returned={returned} />
      {started ? (
        <View
          className="link guide-toggle"
          id="guide-toggle"
          role="button"
          aria-expanded={showGuide ? 'true' : 'false'}
          aria-controls="service-guide"
          onClick={() => setGuideOpen(!showGuide)}
        >
          <Text>{showGuide ? m.guide.hide : m.guide.show}</Text>
        </View>
      ) : null}
      {showGuide ? <ServiceGuide flow={flow} config={props.config} /> : null}
      {form.window.phase === 'closed' ? (
        <Text className="notice" id="window-notice">
          {m.enrollment.windowClosedNotice}
        </Text>
      ) : null}
      {form.window.phase === 'not-open' ? (
        <Text className="notice" id="window-notice">
          {m.enrollment.windowNotOpenNotice}
        </Text>
      ) : null}
      <View role="heading" aria-level={2} className="heading">
        <Text>{m.enrollment.tasksTitle}</Text>
      </View>
      <TaskList tasks={tasks} />
      <SaveState />
      {ready ? null : <Text className="hint">{m.enrollment.checkAnswersNotReady}</Text>}
      {ready || (form.editable && next) ? (
        <BottomBar>
          {ready ? (
            <Button
              className="button button--primary"
              id="check-answers"
              onClick={() => openPage(flow.routes.check, draft)}
            >
              {m.enrollment.checkAnswers}
            </Button>
          ) : (
            <Button
              className="button button--primary"
              id={started ? 'resume-registration' : 'start-registration'}
              onClick={goOn}
            >
              {started ? m.guide.resume : m.guide.start}
            </Button>
          )}
        </BottomBar>
      ) : null}
    </>
  );
}
