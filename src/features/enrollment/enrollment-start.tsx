import type { MaterialInfo, SeasonConfig } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { fetchMaterialsCatalogue } from '@/api/enrollment-api';
import { TaskList, type Task } from '@/components/form/task-list';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { SECTION_IDS } from '@/domain/enrollment/journey';
import {
  isReadyToSubmit,
  sectionStatus,
  type SectionStatus,
} from '@/domain/enrollment/section-status';
import { openPage } from '@/platform/navigation';
import { materialsEvidence } from './materials-evidence';
import { SaveState } from './save-state';
import { useEnrollment } from './use-enrollment';

const TONE: Record<SectionStatus, Task['tone']> = {
  'not-started': 'neutral',
  'in-progress': 'neutral',
  completed: 'completed',
  'cannot-start': 'neutral',
  problem: 'problem',
  'not-needed': 'completed',
};

/** The start of an enrollment: who may apply, FAQ 2's advice, and the task list of sections. */
export function EnrollmentStart(props: { draftId: string; config: SeasonConfig; now: number }) {
  const m = useMessages();
  const enrollment = useEnrollment(props.draftId, props.config, props.now);
  const catalogue = useRemote<MaterialInfo[]>(fetchMaterialsCatalogue);
  if (!enrollment) return <LoadingNote text={m.common.loading} />;
  const evidence = materialsEvidence(
    enrollment,
    catalogue.status === 'ready' ? catalogue.data : [],
  );
  const status = sectionStatus(enrollment.answers, enrollment.context, evidence);
  const draft = { draft: props.draftId };
  const tasks: Task[] = SECTION_IDS.map((section) => ({
    id: section,
    title: m.enrollment.sections[section],
    statusText: m.enrollment.status[status[section]],
    tone: TONE[status[section]],
    onOpen:
      status[section] === 'cannot-start' || status[section] === 'not-needed'
        ? undefined
        : () => openPage('enrollmentSection', { ...draft, section, step: '0' }),
  }));
  const ready = isReadyToSubmit(enrollment.answers, enrollment.context, evidence);
  return (
    <>
      <View className="card">
        <Text className="hint">{m.enrollment.whoMayApply}</Text>
        <Text className="notice" id="recommendation">
          {m.enrollment.recommendation}
        </Text>
      </View>
      {enrollment.window.phase === 'closed' ? (
        <Text className="notice" id="window-notice">
          {m.enrollment.windowClosedNotice}
        </Text>
      ) : null}
      {enrollment.window.phase === 'not-open' ? (
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
          onClick={() => openPage('enrollmentCheck', draft)}
        >
          {m.enrollment.checkAnswers}
        </Button>
      ) : (
        <Text className="hint">{m.enrollment.checkAnswersNotReady}</Text>
      )}
    </>
  );
}
