import type { MaterialInfo } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { describeFailure } from '@/components/failure-message';
import { TextLink } from '@/components/text-link';
import { ErrorSummary } from '@/components/form/error-summary';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { requiredMaterials } from '@/domain/registration/materials';
import { missingMaterials, type MissingMaterial } from '@/domain/registration/missing-materials';
import { fill } from '@/messages/fill';
import { openPage, returnToPage } from '@/platform/navigation';
import { useDrafts } from '@/stores/draft-store';
import { loadMaterialsCatalogue } from '@/stores/materials-catalogue';
import { sectionTitle } from './flow';
import { correctionName } from './correction-name';
import { MaterialCard } from './material-card';
import { materialsEvidence } from './materials-evidence';
import { SaveState } from './save-state';
import { leaveSection } from './section-return';
import type { RegistrationForm } from './use-registration';
import '@/messages/words/form';
import '@/messages/words/materials';

/** The photos this family must upload, computed from its answers and verification (FAQ 11, 12). */
export function MaterialsStep({ form }: { form: RegistrationForm }) {
  const m = useMessages();
  const catalogue = useRemote<MaterialInfo[]>(loadMaterialsCatalogue);
  const updateDraft = useDrafts((state) => state.updateDraft);
  const [missing, setMissing] = useState<MissingMaterial[]>([]);
  if (catalogue.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (catalogue.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, catalogue.code)} onRetry={catalogue.retry} />;
  }
  const { record, answers } = form;
  const requirements = requiredMaterials(
    answers,
    record.verification?.checks ?? [],
    record.disputed,
    form.flow.journey,
  );
  const evidence = materialsEvidence(form, catalogue.data);
  const nameOf = (kind: string) => catalogue.data.find((info) => info.kind === kind)?.name ?? kind;
  const message = (item: MissingMaterial) =>
    fill(m.materials.missing, {
      name:
        correctionName(m, item.id) ?? nameOf(record.materialKinds[item.id] ?? item.anyOf[0] ?? ''),
      count: item.needed - item.uploaded,
    });
  const errorOf = (id: string) => {
    const item = missing.find((entry) => entry.id === id);
    return item ? message(item) : undefined;
  };
  function onContinue() {
    const found = missingMaterials(requirements, record.uploads, evidence.minPhotos);
    setMissing(found);
    if (found.length === 0) leaveSection(form.flow, record.id);
  }
  return (
    <View className="section-step" id="step-materials-0">
      <View role="heading" aria-level={2} className="heading">
        <Text>{sectionTitle(m, form.flow, 'materials')}</Text>
      </View>
      <Text className="hint">
        {requirements.length ? m.materials.intro : m.materials.noneNeeded}
      </Text>
      <TextLink
        id="materials-table-link"
        label={m.materials.tableLink}
        onOpen={() => openPage('materialsTable')}
      />
      <ErrorSummary
        errors={missing.map((item) => ({
          fieldId: `material-${item.id.replace(/[^a-zA-Z0-9-]/g, '-')}`,
          message: message(item),
        }))}
      />
      {requirements.map((requirement) => (
        <MaterialCard
          key={requirement.id}
          requirement={requirement}
          catalogue={catalogue.data}
          form={form}
          error={errorOf(requirement.id)}
          onUploads={(kind, refs) =>
            updateDraft(record.id, (draft) => ({
              ...draft,
              uploads: { ...draft.uploads, [requirement.id]: refs },
              materialKinds: { ...draft.materialKinds, [requirement.id]: kind },
            }))
          }
        />
      ))}
      <SaveState />
      {form.editable ? (
        <Button className="button button--primary" id="continue" onClick={onContinue}>
          {m.form.continue}
        </Button>
      ) : null}
      <TextLink
        id="back-to-tasks"
        label={m.form.backToTasks}
        onOpen={() => returnToPage(form.flow.routes.start, { draft: record.id })}
      />
    </View>
  );
}
