import { BackfillMark } from '@/components/form/backfill-mark';
import { ChoiceField } from '@/components/form/choice-field';
import { TextField } from '@/components/form/text-field';
import { useMessages } from '@/components/use-messages';
import { readField } from '@/domain/registration/draft-access';
import type { FieldPath } from '@/domain/registration/field-paths';
import { FIELD_KINDS, fromTyped, toTyped } from './field-kinds';
import { SchoolField } from './school-field';
import type { RegistrationForm } from './use-registration';

/** The DOM id of a question, for the error summary's links (`child.idNumber` -> `f-child-idNumber`). */
export function fieldId(path: FieldPath): string {
  return `f-${path.replace(/\./g, '-')}`;
}

/** One question of a registration form, asked the way FIELD_KINDS says, with its backfill mark. */
export function FieldInput(props: { path: FieldPath; form: RegistrationForm; error?: string }) {
  const { path, form, error } = props;
  const m = useMessages();
  const kind = FIELD_KINDS[path];
  const copy = m.enrollmentFields[path];
  const id = fieldId(path);
  const mark = form.backfilled[path];
  const readOnly = !form.editable || mark !== undefined;
  const value = readField(form.answers, path);
  const addon = mark ? (
    <BackfillMark
      fieldId={id}
      source={m.verification.sources[mark.source]}
      recordDate={mark.recordDate}
      onDispute={() => form.dispute(path)}
    />
  ) : null;
  const common = { id, label: copy.label, hint: 'hint' in copy ? copy.hint : undefined, error };
  if (kind.kind === 'school') return <SchoolField {...common} form={form} />;
  if (kind.kind === 'choice') {
    return (
      <ChoiceField
        {...common}
        choices={kind.options(m)}
        value={value === undefined ? undefined : String(value)}
        readOnly={readOnly}
        compact={kind.compact}
        addon={addon}
        onChange={(chosen) => form.setAnswer(path, kind.boolean ? chosen === 'true' : chosen)}
      />
    );
  }
  return (
    <TextField
      {...common}
      value={toTyped(value)}
      type={kind.keyboard}
      maxLength={kind.maxLength}
      readOnly={readOnly}
      addon={addon}
      onChange={(typed) => form.setAnswer(path, fromTyped(kind, typed))}
    />
  );
}
