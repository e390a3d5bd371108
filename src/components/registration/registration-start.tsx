import type { MaterialInfo, SeasonConfig } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { fetchMaterialsCatalogue } from '@/api/enrollment-api';
import { TaskList, type Task } from '@/components/form/task-list';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import {
  isReadyToSubmit,
  sectionStatus,
  type SectionStatus,
} from '@/domain/registration/section-status';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import { CorrectionBanner, useReturned } from './correction-banner';
import { sectionTitle, type RegistrationFlow } from './flow';
import { materialsEvidence } from './materials-evidence';
import { SaveState } from './save-state';
import { useRegistration } from './use-registration';

const TONE: Record<SectionStatus, Task['tone']> = {
  'not-started': 'neutral',
  'in-progress': 'neutral',
  completed: 'completed',
  'cannot-start': 'neutral',
  problem: 'problem',
  'not-needed': 'completed',
};

/** The start of a registration: who may apply, FAQ 2's advice, and the task list of sections. */
export function RegistrationStart(props: {
  flow: RegistrationFlow;
  draftId: string;
  config: SeasonConfig;
  now: number;
}) {
  const m = useMessages();
  const { flow } = props;
  const form = useRegistration(flow, props.draftId, props.config, props.now);
  const catalogue = useRemote<MaterialInfo[]>(fetchMaterialsCatalogue);
  const returned = useReturned(form?.record.replaces);
  if (!form) return <LoadingNote text={m.common.loading} />;
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
  return (
    <>
      <CorrectionBanner returned={returned} />
      <View className="card">
        <Text className="hint">{flow.copy(m).whoMayApply}</Text>
        <Text className="notice" id="recommendation">
          {flow.copy(m).recommendation}
        </Text>
      </View>
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
      {ready ? (
        <Button
          className="button button--primary"
          id="check-answers"
          onClick={() => openPage(flow.routes.check, draft)}
        >
          {m.enrollment.checkAnswers}
        </Button>
      ) : (
        <Text className="hint">{m.enrollment.checkAnswersNotReady}</Text>
      )}
    </>
  );
}
