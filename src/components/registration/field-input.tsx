import { BackfillRow } from '@/components/form/backfill-row';
import { ChoiceField } from '@/components/form/choice-field';
import { DisputedNote } from '@/components/form/disputed-note';
import { TextField } from '@/components/form/text-field';
import {
  AddressPickerOnDemand as AddressPicker,
  DateFieldOnDemand as DateField,
  EthnicityFieldOnDemand as EthnicityField,
} from '@/components/pickers/picker-fields-on-demand';
import { useMessages } from '@/components/use-messages';
import { correctionDocument } from '@/domain/registration/correction-documents';
import { readField } from '@/domain/registration/draft-access';
import type { FieldPath } from '@/domain/registration/field-paths';
import { FIELD_KINDS, fromTyped, toTyped } from './field-kinds';
import { formatAnswer } from './format-answer';
import { SchoolField } from './school-field';
import type { RegistrationForm } from './use-registration';
import '@/messages/words/enrollment-fields';
import '@/messages/words/form';
import '@/messages/words/verification';

/** The DOM id of a question, for the error summary's links (`child.idNumber` -> `f-child-idNumber`). */
export function fieldId(path: FieldPath): string {
  return `f-${path.replace(/\./g, '-')}`;
}

const ID_TYPE_OF: Partial<Record<FieldPath, (form: RegistrationForm) => string | undefined>> = {
  'child.idNumber': (form) => form.answers.child?.idType,
  'guardian.otherParent.idNumber': (form) => form.answers.guardian?.otherParent?.idType,
};

// Verification filled this answer once: disputing it is what made it the parent's own.
function wasBackfilled(form: RegistrationForm, path: FieldPath): boolean {
  return (form.record.verification?.checks ?? []).some(
    (check) => check.status === 'verified' && path in check.values,
  );
}

/** One question of a registration form, asked the way FIELD_KINDS says; verified ones as facts. */
export function FieldInput(props: { path: FieldPath; form: RegistrationForm; error?: string }) {
  const { path, form, error } = props;
  const m = useMessages();
  const kind = FIELD_KINDS[path];
  const copy = m.enrollmentFields[path];
  const id = fieldId(path);
  const mark = form.backfilled[path];
  const readOnly = !form.editable;
  const value = readField(form.answers, path);
  const hint = 'hint' in copy ? copy.hint : undefined;
  const common = { id, label: copy.label, hint, error };
  if (mark) {
    return (
      <BackfillRow
        id={id}
        label={copy.label}
        value={formatAnswer(m, path, value, [])}
        source={m.verification.sources[mark.source]}
        recordDate={mark.recordDate}
        error={error}
        onDispute={form.editable ? () => form.dispute(path) : undefined}
      />
    );
  }
  const disputed =
    form.record.disputed.includes(path) && wasBackfilled(form, path) ? (
      <DisputedNote
        fieldId={id}
        label={copy.label}
        document={m.form.correctionDocuments[correctionDocument(path)]}
        onRestore={form.editable ? () => form.restoreBackfill(path) : undefined}
      />
    ) : null;
  if (kind.kind === 'school') return <SchoolField {...common} form={form} />;
  if (kind.kind === 'ethnicity') {
    return (
      <EthnicityField
        {...common}
        value={value === undefined ? undefined : String(value)}
        readOnly={readOnly}
        addon={disputed}
        onChange={(code) => form.setAnswer(path, code)}
      />
    );
  }
  if (kind.kind === 'address') {
    // The family's other address, one tap away: the home is often the registered address.
    const which = path === 'household.address' ? 'residence' : 'household';
    const other = readField(form.answers, `${which}.address`);
    return (
      <AddressPicker
        {...common}
        value={toTyped(value)}
        other={typeof other === 'string' ? { which, address: other } : undefined}
        readOnly={readOnly}
        addon={disputed}
        onChange={(address) => form.setAnswer(path, address)}
      />
    );
  }
  if (kind.kind === 'date') {
    const range = form.context.birthRange;
    return (
      <DateField
        {...common}
        value={toTyped(value)}
        opensAt={range?.from ?? form.context.today}
        start="2000-01-01"
        end={form.context.today}
        readOnly={readOnly}
        onChange={(date) => form.setAnswer(path, date)}
      />
    );
  }
  if (kind.kind === 'choice') {
    return (
      <ChoiceField
        {...common}
        choices={kind.options(m)}
        value={value === undefined ? undefined : String(value)}
        readOnly={readOnly}
        compact={kind.compact}
        addon={disputed}
        onChange={(chosen) => form.setAnswer(path, kind.boolean ? chosen === 'true' : chosen)}
      />
    );
  }
  // Permits carry letters (H, M, ...): only a resident ID number gets the numeric keypad.
  const idType = ID_TYPE_OF[path]?.(form);
  const residentId = idType === undefined || idType === 'resident-id';
  const keypad = kind.keypad === 'id-number' && !residentId ? 'text' : kind.keypad;
  return (
    <TextField
      {...common}
      value={toTyped(value)}
      keypad={keypad}
      allowsX={keypad === 'id-number'}
      maxLength={kind.maxLength}
      readOnly={readOnly}
      addon={disputed}
      onChange={(typed) => form.setAnswer(path, fromTyped(kind, typed))}
    />
  );
}
