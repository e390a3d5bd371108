import type { MaterialInfo, MaterialKind, UploadRef } from '@contract';
import { Text, View } from '@tarojs/components';
import { ChoiceField } from '@/components/form/choice-field';
import { PhotoSlot } from '@/components/photo-slot/photo-slot';
import { correctionName } from './correction-name';
import { sampleFor } from './material-sample';
import { useMessages } from '@/components/use-messages';
import { isFieldPath } from '@/domain/registration/field-paths';
import type { MaterialRequirement } from '@/domain/registration/material-requirement';
import { fill } from '@/messages/fill';
import type { RegistrationForm } from './use-registration';
import '@/messages/words/enrollment-fields';
import '@/messages/words/materials';

interface MaterialCardProps {
  requirement: MaterialRequirement;
  catalogue: MaterialInfo[];
  form: RegistrationForm;
  error?: string;
  onUploads(kind: MaterialKind, refs: UploadRef[]): void;
}

/** One required material: why it is needed, which document (when several will do), its photos. */
export function MaterialCard({
  requirement,
  catalogue,
  form,
  error,
  onUploads,
}: MaterialCardProps) {
  const m = useMessages();
  const { record } = form;
  const kind =
    record.materialKinds[requirement.id] ?? requirement.anyOf[0] ?? 'correction-evidence';
  const info = catalogue.find((entry) => entry.kind === kind);
  const nameOf = (k: MaterialKind) => catalogue.find((entry) => entry.kind === k)?.name ?? k;
  const field = requirement.id.startsWith('correction:') ? requirement.id.slice(11) : '';
  const fieldLabel = isFieldPath(field) ? m.enrollmentFields[field].label : field;
  // Document names for corrected answers are in the parent's language, not the gateway's Chinese.
  const correction = correctionName(m, requirement.id);
  const title = correction ?? nameOf(kind);
  const id = `material-${requirement.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  return (
    <View className="card material" id={id}>
      {/* The gateway names materials in Chinese, also on an English page (issue 18). */}
      <View
        role="heading"
        aria-level={3}
        className="heading"
        {...(correction ? {} : { lang: 'zh-CN' })}
      >
        <Text>{title}</Text>
      </View>
      <Text className="hint">
        {fill(m.materials.reasons[requirement.reason], { field: fieldLabel })}
      </Text>
      {requirement.anyOf.length > 1 ? (
        <ChoiceField
          id={`${id}-kind`}
          label={m.materials.chooseDocument}
          choices={requirement.anyOf.map((k) => ({ value: k, label: nameOf(k) }))}
          value={kind}
          readOnly={!form.editable}
          onChange={(chosen) => onUploads(chosen, record.uploads[requirement.id] ?? [])}
        />
      ) : null}
      {info ? <Text className="hint">{info.description}</Text> : null}
      {error ? (
        <View className="field__error" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
      <PhotoSlot
        id={`${id}-photos`}
        label={title}
        sample={sampleFor(kind)}
        minPhotos={info?.minPhotos ?? 1}
        maxPhotos={info?.maxPhotos ?? 6}
        value={record.uploads[requirement.id] ?? []}
        readOnly={!form.editable}
        onChange={(refs) => onUploads(kind, refs)}
      />
    </View>
  );
}
