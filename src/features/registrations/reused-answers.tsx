import { SummaryList, type SummaryRow } from '@/components/form/summary-list';
import { useMessages } from '@/components/use-messages';
import type { EnrollmentDraft } from '@/domain/registration/draft';
import { maskIdNumber, maskMobile } from '@/domain/identity/mask';
import '@/messages/words/registrations';

/** The answers a next child's draft starts with, masked, for the parent to confirm (FAQ 13). */
export function ReusedAnswers({ draft }: { draft: EnrollmentDraft }) {
  const m = useMessages();
  const r = m.registrations;
  const none = m.common.notProvided;
  const { guardian, household, residence, migrant, child } = draft;
  const other = guardian?.otherParent;
  const rows: SummaryRow[] = [
    {
      key: 'applicantRole',
      label: r.rows.applicantRole,
      value: guardian?.applicantRole ? r.roles[guardian.applicantRole] : none,
    },
    {
      key: 'otherParent',
      label: r.rows.otherParent,
      value: other ? `${other.name ?? ''} ${maskIdNumber(other.idNumber ?? '')}` : none,
    },
    { key: 'householdHead', label: r.rows.householdHead, value: household?.headName ?? none },
    { key: 'householdAddress', label: r.rows.householdAddress, value: household?.address ?? none },
    {
      key: 'residence',
      label: r.rows.residence,
      value: residence?.kind ? r.residenceKinds[residence.kind] : none,
    },
    { key: 'residenceAddress', label: r.rows.residenceAddress, value: residence?.address ?? none },
    {
      key: 'contactMobile',
      label: r.rows.contactMobile,
      value: child?.contactMobile ? maskMobile(child.contactMobile) : none,
    },
  ];
  if (migrant?.residencePermitNumber) {
    const permit = maskIdNumber(migrant.residencePermitNumber);
    rows.push({ key: 'residencePermit', label: r.rows.residencePermit, value: permit });
  }
  return <SummaryList rows={rows} />;
}
