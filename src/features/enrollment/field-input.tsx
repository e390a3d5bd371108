import { BackfillMark } from '@/components/form/backfill-mark';
import { ChoiceField } from '@/components/form/choice-field';
import { TextField } from '@/components/form/text-field';
import { useMessages } from '@/components/use-messages';
import { readField } from '@/domain/enrollment/draft-access';
import type { FieldPath } from '@/domain/enrollment/field-paths';
import { FIELD_KINDS, fromTyped, toTyped } from './field-kinds';
import { SchoolField } from './school-field';
import type { Enrollment } from './use-enrollment';

/** The DOM id of a question, for the error summary's links (`child.idNumber` -> `f-child-idNumber`). */
export function fieldId(path: FieldPath): string {
  return `f-${path.replace(/\./g, '-')}`;
}

/** One question of the enrollment form, asked the way FIELD_KINDS says, with its backfill mark. */
export function FieldInput(props: { path: FieldPath; enrollment: Enrollment; error?: string }) {
  const { path, enrollment, error } = props;
  const m = useMessages();
  const kind = FIELD_KINDS[path];
  const copy = m.enrollmentFields[path];
  const id = fieldId(path);
  const mark = enrollment.backfilled[path];
  const readOnly = !enrollment.editable || mark !== undefined;
  const value = readField(enrollment.answers, path);
  const addon = mark ? (
    <BackfillMark
      fieldId={id}
      source={m.verification.sources[mark.source]}
      recordDate={mark.recordDate}
      onDispute={() => enrollment.dispute(path)}
    />
  ) : null;
  const common = { id, label: copy.label, hint: 'hint' in copy ? copy.hint : undefined, error };
  if (kind.kind === 'school') return <SchoolField {...common} enrollment={enrollment} />;
  if (kind.kind === 'choice') {
    return (
      <ChoiceField
        {...common}
        choices={kind.options(m)}
        value={value === undefined ? undefined : String(value)}
        readOnly={readOnly}
        compact={kind.compact}
        addon={addon}
        onChange={(chosen) => enrollment.setAnswer(path, kind.boolean ? chosen === 'true' : chosen)}
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
      onChange={(typed) => enrollment.setAnswer(path, fromTyped(kind, typed))}
    />
  );
}
