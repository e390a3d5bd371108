import type { SubmitRegistration } from '@contract';
import { SummaryList, type SummaryRow } from '@/components/form/summary-list';
import { useMessages } from '@/components/use-messages';
import { maskIdNumber, maskMobile } from '@/domain/identity/mask';
import { fill } from '@/messages/fill';

/** The submitted content, read-only, with ID numbers and phones masked (PRODUCT.md). */
export function SubmittedContent({ submission }: { submission: SubmitRegistration }) {
  const m = useMessages();
  const r = m.registrations;
  const { child, guardian, household, residence, migrant, schoolId } = submission.answers;
  const photos = Object.values(submission.materials).reduce(
    (n, refs) => n + (refs?.length ?? 0),
    0,
  );
  const rows: SummaryRow[] = [
    { key: 'childName', label: r.rows.childName, value: child.name },
    { key: 'childId', label: r.rows.childId, value: maskIdNumber(child.idNumber) },
    { key: 'birthDate', label: r.rows.birthDate, value: child.birthDate },
    { key: 'contactMobile', label: r.rows.contactMobile, value: maskMobile(child.contactMobile) },
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
  rows.push({ key: 'school', label: r.rows.school, value: schoolId || m.common.notProvided });
  rows.push({
    key: 'materials',
    label: r.rows.materials,
    value: fill(r.photosCount, { count: photos }),
  });
  return <SummaryList rows={rows} />;
}
