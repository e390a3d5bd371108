import type { SchoolInfo, SubmitRegistration } from '@contract';
import { SummaryList, type SummaryRow } from '@/components/form/summary-list';
import { formatAnswer } from '@/components/registration/format-answer';
import { useMessages } from '@/components/use-messages';
import type { FieldPath } from '@/domain/registration/field-paths';
import { maskIdNumber, maskMobile } from '@/domain/identity/mask';
import { fill } from '@/messages/fill';
import type { Messages } from '@/messages/catalog';
import '@/messages/words/enrollment-fields';
import '@/messages/words/registrations';

// A status number is 'G' + the student's ID number (FAQ 1): masked like the ID itself.
function maskStatusNumber(value: string): string {
  return value.length > 1 ? `${value[0]}${maskIdNumber(value.slice(1))}` : value;
}

/** The transfer's own answers (FAQ 1, 13): current school and grade, target grade, reason. */
function transferRows(m: Messages, submission: SubmitRegistration): SummaryRow[] {
  if (submission.subsystem !== 'transfer') return [];
  const { student, transfer } = submission.answers;
  const labels = m.enrollmentFields;
  const row = (path: FieldPath, value: unknown): SummaryRow => ({
    key: path,
    label: labels[path as keyof typeof labels]?.label ?? path,
    value: formatAnswer(m, path, value, []),
  });
  const rows = [
    row('student.currentSchool', student.currentSchool),
    row('student.currentDistrict', student.currentDistrict),
    row('student.currentGrade', student.currentGrade),
    { ...row('student.statusNumber', ''), value: maskStatusNumber(student.statusNumber) },
    row('transfer.targetGrade', transfer.targetGrade),
    row('transfer.reason', transfer.reason),
  ];
  if (transfer.reasonNote) rows.push(row('transfer.reasonNote', transfer.reasonNote));
  return rows;
}

interface ContentProps {
  submission: SubmitRegistration;
  school: SchoolInfo | null;
}

/** The submitted content, read-only, with ID numbers and phones masked (PRODUCT.md). */
export function SubmittedContent({ submission, school }: ContentProps) {
  const m = useMessages();
  const r = m.registrations;
  const { child, guardian, household, residence, migrant } = submission.answers;
  const photos = Object.values(submission.materials).reduce(
    (n, refs) => n + (refs?.length ?? 0),
    0,
  );
  const rows: SummaryRow[] = [
    { key: 'childName', label: r.rows.childName, value: child.name },
    { key: 'childId', label: r.rows.childId, value: maskIdNumber(child.idNumber) },
    { key: 'birthDate', label: r.rows.birthDate, value: child.birthDate },
    { key: 'contactMobile', label: r.rows.contactMobile, value: maskMobile(child.contactMobile) },
    ...transferRows(m, submission),
    { key: 'applicantRole', label: r.rows.applicantRole, value: r.roles[guardian.applicantRole] },
    {
      key: 'otherParent',
      label: r.rows.otherParent,
      value: guardian.otherParent
        ? `${guardian.otherParent.name} ${maskIdNumber(guardian.otherParent.idNumber)}`
        : m.common.notProvided,
    },
    { key: 'householdHead', label: r.rows.householdHead, value: household.headName },
    { key: 'householdAddress', label: r.rows.householdAddress, value: household.address },
    { key: 'residence', label: r.rows.residence, value: r.residenceKinds[residence.kind] },
    { key: 'residenceAddress', label: r.rows.residenceAddress, value: residence.address },
  ];
  if (migrant) {
    const permit = maskIdNumber(migrant.residencePermitNumber);
    rows.push({ key: 'residencePermit', label: r.rows.residencePermit, value: permit });
  }
  rows.push({
    key: 'school',
    label: r.rows.school,
    // Never the internal id: a school the gateway no longer lists is said to be unknown.
    value: school
      ? fill(r.schoolLine, { name: school.name, address: school.address })
      : r.schoolUnknown,
  });
  rows.push({
    key: 'materials',
    label: r.rows.materials,
    value: fill(r.photosCount, { count: photos }),
  });
  return <SummaryList rows={rows} />;
}
