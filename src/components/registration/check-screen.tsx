import type { MaterialInfo, School, SeasonConfig } from '@contract';
import { Text } from '@tarojs/components';
import { useCallback } from 'react';
import { fetchSchools } from '@/api/enrollment-api';
import { Card } from '@/components/card';
import { useDocumentTitle } from '@/components/document-title';
import { SummaryList, type SummaryRow } from '@/components/form/summary-list';
import { LoadingNote } from '@/components/loading-note';
import { StepIndicator } from '@/components/step-indicator';
import { TextLink } from '@/components/text-link';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { isMaskedAnswer, maskAnswer } from '@/domain/identity/mask';
import { deriveCategory } from '@/domain/registration/category';
import { hasValue, readField } from '@/domain/registration/draft-access';
import type { FieldPath } from '@/domain/registration/field-paths';
import { sectionFields, type SectionId } from '@/domain/registration/journey';
import { requiredMaterials } from '@/domain/registration/materials';
import { sectionStatus } from '@/domain/registration/section-status';
import type { Messages } from '@/messages/catalog';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import { loadMaterialsCatalogue } from '@/stores/materials-catalogue';
import { sectionTitle } from './flow';
import { formatAnswer } from './format-answer';
import { materialsEvidence } from './materials-evidence';
import { schoolQuery } from './school-field';
import { sectionFromCheck } from './section-return';
import { SubmitPanel } from './submit-panel';
import type { RegistrationFlow } from './flow';
import { useRegistration, type RegistrationForm } from './use-registration';
import '@/messages/words/check';
import '@/messages/words/enrollment';
import '@/messages/words/enrollment-fields';
import '@/messages/words/form';
import '@/messages/words/submission';
import '@/messages/words/verification';

const OTHER_PARENT = 'guardian.otherParent.';

function answerRow(m: Messages, form: RegistrationForm, path: FieldPath, schools: School[]) {
  const value = readField(form.answers, path);
  const mark = form.backfilled[path];
  const personal = isMaskedAnswer(path) && hasValue(value);
  return {
    key: path,
    label: m.enrollmentFields[path].label,
    value: personal ? maskAnswer(path, String(value)) : formatAnswer(m, path, value, schools),
    fullValue: personal ? String(value) : undefined,
    source: mark
      ? fill(m.check.backfilledFrom, { source: m.verification.sources[mark.source] })
      : undefined,
    flag: form.record.disputed.includes(path) ? m.check.disputed : undefined,
  };
}

/** A section's rows; the optional other parent, when not given, is one row instead of four. */
function sectionRows(m: Messages, form: RegistrationForm, section: SectionId, schools: School[]) {
  const paths = sectionFields(section, form.answers, form.flow.journey);
  const rows: SummaryRow[] = [];
  const absentOther = !form.answers.guardian?.otherParent;
  for (const path of paths) {
    if (absentOther && path.startsWith(OTHER_PARENT)) {
      if (path === `${OTHER_PARENT}name`) {
        rows.push({
          key: 'guardian.otherParent',
          label: m.check.otherParent,
          value: m.check.otherParentAbsent,
        });
      }
      continue;
    }
    rows.push(answerRow(m, form, path, schools));
  }
  return { rows, allVerified: paths.length > 0 && paths.every((path) => form.backfilled[path]) };
}

/**
 * Check your answers that checks (issue 14): one card per section with one 修改 that comes back
 * here, numbers masked with 显示, verified values with their source and no 修改, answers marked
 * wrong flagged, then the declaration and submit.
 */
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
  const catalogue = useRemote<MaterialInfo[]>(loadMaterialsCatalogue);
  useDocumentTitle(
    fill(m.frame.documentTitle, {
      page: m.submission.checkTitle,
      service: props.flow.copy(m).title,
    }),
  );
  if (!form || catalogue.status === 'loading') return <LoadingNote text={m.common.loading} />;
  const infos = catalogue.status === 'ready' ? catalogue.data : [];
  const { record, answers, flow } = form;
  const requirements = requiredMaterials(
    answers,
    record.verification?.checks ?? [],
    record.disputed,
    flow.journey,
  );
  const category = deriveCategory(answers);
  const status = sectionStatus(answers, form.context, undefined, flow.journey);
  const schoolList = schools.status === 'ready' ? schools.data : [];
  const change = (section: SectionId, label: string) =>
    form.editable ? (
      <TextLink
        id={`change-${section}`}
        className="card__action"
        label={m.form.change}
        ariaLabel={fill(m.check.changeSection, { section: label })}
        onOpen={() => openPage(flow.routes.section, sectionFromCheck(record.id, section))}
      />
    ) : null;
  const materialRows = requirements.map<SummaryRow>((requirement) => {
    const kind = record.materialKinds[requirement.id] ?? requirement.anyOf[0];
    const name = infos.find((info) => info.kind === kind)?.name ?? kind ?? '';
    const count = record.uploads[requirement.id]?.length ?? 0;
    return {
      key: `material-${requirement.id}`,
      label: name,
      value: fill(m.check.photoCount, { count }),
    };
  });
  return (
    <>
      <StepIndicator current="confirm" />
      <Text className="hint">{m.check.intro}</Text>
      {category ? (
        <Card id="category" title={m.submission.category}>
          <Text className="hint">{m.enrollment.category[category]}</Text>
          <Text className="hint" id="category-note">
            {m.enrollment.categoryNotes[category]}
          </Text>
        </Card>
      ) : null}
      {flow.journey.sections
        .filter((section) => section !== 'materials' && status[section] !== 'not-needed')
        .map((section) => {
          const title = sectionTitle(m, flow, section);
          const { rows, allVerified } = sectionRows(m, form, section, schoolList);
          return (
            <Card
              key={section}
              id={`check-${section}`}
              title={title}
              action={allVerified ? null : change(section, title)}
            >
              <SummaryList rows={rows} />
            </Card>
          );
        })}
      {materialRows.length > 0 ? (
        <Card
          id="check-materials"
          title={m.check.materialsTitle}
          action={change('materials', m.check.materialsTitle)}
        >
          <SummaryList rows={materialRows} />
        </Card>
      ) : null}
      <SubmitPanel
        form={form}
        requirements={requirements}
        evidence={materialsEvidence(form, infos)}
      />
    </>
  );
}
