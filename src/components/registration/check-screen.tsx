import type { MaterialInfo, School, SeasonConfig } from '@contract';
import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { fetchMaterialsCatalogue, fetchSchools } from '@/api/enrollment-api';
import { SummaryList, type SummaryRow } from '@/components/form/summary-list';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { deriveCategory } from '@/domain/registration/category';
import { readField } from '@/domain/registration/draft-access';
import { sectionFields, stepOfField } from '@/domain/registration/journey';
import { requiredMaterials } from '@/domain/registration/materials';
import { sectionStatus } from '@/domain/registration/section-status';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import { formatAnswer } from './format-answer';
import { schoolQuery } from './school-field';
import { materialsEvidence } from './materials-evidence';
import { SubmitPanel } from './submit-panel';
import type { RegistrationFlow } from './flow';
import { useRegistration, type RegistrationForm } from './use-registration';

function answerRows(m: ReturnType<typeof useMessages>, e: RegistrationForm, schools: School[]) {
  const { journey, routes } = e.flow;
  const status = sectionStatus(e.answers, e.context, undefined, journey);
  const draft = { draft: e.record.id };
  return journey.sections
    .filter((s) => s !== 'materials' && status[s] !== 'not-needed')
    .flatMap((section) =>
      sectionFields(section, e.answers, journey).map<SummaryRow>((path) => ({
        key: path,
        label: m.enrollmentFields[path].label,
        value: `${formatAnswer(m, path, readField(e.answers, path), schools)}${
          e.backfilled[path] ? m.submission.backfilledSuffix : ''
        }`,
        onChange: e.editable
          ? () =>
              openPage(routes.section, {
                ...draft,
                section,
                step: String(stepOfField(path, e.answers, journey) ?? 0),
              })
          : undefined,
      })),
    );
}

/** Check your answers (GOV.UK), then submit: every answer with a way back to change it. */
export function CheckScreen(props: {
  flow: RegistrationFlow;
  draftId: string;
  config: SeasonConfig;
  now: number;
}) {
  const m = useMessages();
  const form = useRegistration(props.flow, props.draftId, props.config, props.now);
  const query = form ? schoolQuery(form) : null;
  const [subsystem, address, grade] = [
    query?.subsystem,
    query?.address ?? '',
    query?.grade ?? null,
  ];
  const loadSchools = useCallback(
    () => fetchSchools(subsystem ?? 'enrollment', address, grade),
    [subsystem, address, grade],
  );
  const schools = useRemote(loadSchools);
  const catalogue = useRemote<MaterialInfo[]>(fetchMaterialsCatalogue);
  if (!form || catalogue.status === 'loading') return <LoadingNote text={m.common.loading} />;
  const infos = catalogue.status === 'ready' ? catalogue.data : [];
  const { record, answers } = form;
  const requirements = requiredMaterials(
    answers,
    record.verification?.checks ?? [],
    record.disputed,
    form.flow.journey,
  );
  const category = deriveCategory(answers);
  const rows = answerRows(m, form, schools.status === 'ready' ? schools.data : []);
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
          <View role="heading" aria-level={2} className="heading">
            <Text>{m.submission.category}</Text>
          </View>
          <Text className="hint">{m.enrollment.category[category]}</Text>
        </View>
      ) : null}
      <SummaryList rows={[...rows, ...materialRows]} />
      <SubmitPanel
        form={form}
        requirements={requirements}
        evidence={materialsEvidence(form, infos)}
      />
    </>
  );
}
