import { Text } from '@tarojs/components';
import { useCallback } from 'react';
import { fetchSchools } from '@/api/enrollment-api';
import { describeFailure } from '@/components/failure-message';
import { ChoiceField } from '@/components/form/choice-field';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { fill } from '@/messages/fill';
import type { RegistrationForm } from './use-registration';
import '@/messages/words/enrollment';
import '@/messages/words/enrollment-fields';
import '@/messages/words/transfer';
import '@/messages/words/form';

/** Where the schools are looked up: the home address, and the target grade for transfer. */
export function schoolQuery(form: RegistrationForm) {
  const { answers, flow } = form;
  const address = answers.residence?.address ?? answers.household?.address ?? '';
  const grade = flow.subsystem === 'transfer' ? (answers.transfer?.targetGrade ?? null) : null;
  return { subsystem: flow.subsystem, address, grade };
}

interface SchoolFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  form: RegistrationForm;
}

/** The catchment schools of the family's address, from the gateway (never a fixed list). */
export function SchoolField({ form, ...field }: SchoolFieldProps) {
  const m = useMessages();
  const { subsystem, address, grade } = schoolQuery(form);
  // No address yet (a blank draft, e.g. a page left in the stack after submit): nothing to ask.
  const load = useCallback(
    () => (address.trim() ? fetchSchools(subsystem, address, grade) : Promise.resolve([])),
    [subsystem, address, grade],
  );
  const schools = useRemote(load);
  const transfer = subsystem === 'transfer';
  if (transfer && grade === null)
    return <Text className="notice">{m.transfer.chooseGradeFirst}</Text>;
  if (schools.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (schools.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, schools.code)} onRetry={schools.retry} />;
  }
  if (schools.data.length === 0) return <Text className="notice">{m.enrollment.noSchools}</Text>;
  return (
    <ChoiceField
      {...field}
      hint={`${field.hint ?? ''}${
        transfer && grade
          ? fill(m.transfer.schoolsFor, { address, grade: m.enrollmentChoices.grade[grade] })
          : fill(m.enrollment.schoolsFor, { address })
      }`}
      choices={schools.data.map((school) => {
        // Transfer shows the remaining places the gateway publishes (PRODUCT.md, Transfer adds);
        // a full school stays in the list, greyed, saying why it cannot be chosen.
        const full = school.remainingPlaces === 0;
        const places =
          school.remainingPlaces === null || full
            ? null
            : fill(m.form.schoolPlacesLeft, { count: school.remainingPlaces });
        // The address already names the district, so the second line is only about places.
        return {
          value: school.id,
          label: school.name,
          place: school.address,
          detail: full ? m.form.schoolFull : (places ?? undefined),
          disabled: full,
        };
      })}
      value={form.answers.schoolId}
      readOnly={!form.editable}
      onChange={(schoolId) => form.setAnswer('schoolId', schoolId)}
    />
  );
}
