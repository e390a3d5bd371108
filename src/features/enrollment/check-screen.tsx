import type { MaterialInfo, School, SeasonConfig } from '@contract';
import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { fetchMaterialsCatalogue, fetchSchools } from '@/api/enrollment-api';
import { SummaryList, type SummaryRow } from '@/components/form/summary-list';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { deriveCategory } from '@/domain/enrollment/category';
import { readField } from '@/domain/enrollment/draft-access';
import { SECTION_IDS, sectionFields, stepOfField } from '@/domain/enrollment/journey';
import { requiredMaterials } from '@/domain/enrollment/materials';
import { sectionStatus } from '@/domain/enrollment/section-status';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import { formatAnswer } from './format-answer';
import { materialsEvidence } from './materials-evidence';
import { SubmitPanel } from './submit-panel';
import { useEnrollment, type Enrollment } from './use-enrollment';

function answerRows(m: ReturnType<typeof useMessages>, e: Enrollment, schools: School[]) {
  const status = sectionStatus(e.answers, e.context);
  const draft = { draft: e.record.id };
  return SECTION_IDS.filter((s) => s !== 'materials' && status[s] !== 'not-needed').flatMap(
    (section) =>
      sectionFields(section, e.answers).map<SummaryRow>((path) => ({
        key: path,
        label: m.enrollmentFields[path].label,
        value: `${formatAnswer(m, path, readField(e.answers, path), schools)}${
          e.backfilled[path] ? m.submission.backfilledSuffix : ''
        }`,
        onChange: e.editable
          ? () =>
              openPage('enrollmentSection', {
                ...draft,
                section,
                step: String(stepOfField(path, e.answers) ?? 0),
              })
          : undefined,
      })),
  );
}

/** Check your answers (GOV.UK), then submit: every answer with a way back to change it. */
export function CheckScreen(props: { draftId: string; config: SeasonConfig; now: number }) {
  const m = useMessages();
  const enrollment = useEnrollment(props.draftId, props.config, props.now);
  const address = enrollment?.answers.residence?.address ?? '';
  const loadSchools = useCallback(() => fetchSchools('enrollment', address), [address]);
  const schools = useRemote(loadSchools);
  const catalogue = useRemote<MaterialInfo[]>(fetchMaterialsCatalogue);
  if (!enrollment || catalogue.status === 'loading') return <LoadingNote text={m.common.loading} />;
  const infos = catalogue.status === 'ready' ? catalogue.data : [];
  const { record, answers } = enrollment;
  const requirements = requiredMaterials(
    answers,
    record.verification?.checks ?? [],
    record.disputed,
  );
  const category = deriveCategory(answers);
  const rows = answerRows(m, enrollment, schools.status === 'ready' ? schools.data : []);
  const materialRows = requirements.map<SummaryRow>((requirement) => {
    const kind = record.materialKinds[requirement.id] ?? requirement.anyOf[0];
    const name = infos.find((info) => info.kind === kind)?.name ?? kind ?? '';
    const count = record.uploads[requirement.id]?.length ?? 0;
    return {
      key: `material-${requirement.id}`,
      label: m.submission.materialsRow,
      value: fill(m.submission.photosCount, { name, count }),
    };
  });
  return (
    <>
      <Text className="hint">{m.submission.checkIntro}</Text>
      {category ? (
        <View className="card" id="category">
          <Text className="heading">{m.submission.category}</Text>
          <Text className="hint">{m.enrollment.category[category]}</Text>
        </View>
      ) : null}
      <SummaryList rows={[...rows, ...materialRows]} />
      <SubmitPanel
        enrollment={enrollment}
        requirements={requirements}
        evidence={materialsEvidence(enrollment, infos)}
      />
    </>
  );
}
