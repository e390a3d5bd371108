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
import type { Enrollment } from './use-enrollment';

interface SchoolFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  enrollment: Enrollment;
}

/** The catchment schools of the family's address, from the gateway (never a fixed list). */
export function SchoolField({ enrollment, ...field }: SchoolFieldProps) {
  const m = useMessages();
  const address =
    enrollment.answers.residence?.address ?? enrollment.answers.household?.address ?? '';
  const load = useCallback(() => fetchSchools('enrollment', address), [address]);
  const schools = useRemote(load);
  if (schools.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (schools.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, schools.code)} onRetry={schools.retry} />;
  }
  if (schools.data.length === 0) return <Text className="notice">{m.enrollment.noSchools}</Text>;
  return (
    <ChoiceField
      {...field}
      hint={`${field.hint ?? ''}${fill(m.enrollment.schoolsFor, { address })}`}
      choices={schools.data.map((school) => ({ value: school.id, label: school.name }))}
      value={enrollment.answers.schoolId}
      readOnly={!enrollment.editable}
      onChange={(schoolId) => enrollment.setAnswer('schoolId', schoolId)}
    />
  );
}
