import type { Registration } from '@contract';
import { Text, View } from '@tarojs/components';
import { fetchRegistrations } from '@/api/enrollment-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { fill } from '@/messages/fill';
import { formatDateTime } from '@/messages/format-date';

/** The receipt (FAQ 14, 10): reference number, what happens next, and the on-site reminder. */
export function ReceiptView({ id }: { id: string | null }) {
  const m = useMessages();
  const registrations = useRemote<Registration[]>(fetchRegistrations);
  if (registrations.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (registrations.status === 'failed') {
    return (
      <ProblemPanel {...describeFailure(m, registrations.code)} onRetry={registrations.retry} />
    );
  }
  const registration = registrations.data.find((candidate) => candidate.id === id);
  if (!registration) return <Text className="notice">{m.submission.notFound}</Text>;
  return (
    <View className="card" id="receipt">
      <View role="heading" aria-level={2} className="heading">
        <Text>{m.submission.receiptTitle}</Text>
      </View>
      <Text className="heading" id="receipt-reference">
        {fill(m.submission.reference, { reference: registration.reference })}
      </Text>
      <Text className="hint">
        {fill(m.submission.submittedAt, { time: formatDateTime(registration.submittedAt) })}
      </Text>
      <Text className="hint">{m.submission.next}</Text>
      <Text className="notice" id="not-admission">
        {m.submission.notAdmission}
      </Text>
      {registration.needsOnSiteAppointment ? (
        <Text className="notice" id="appointment-reminder">
          {m.submission.appointmentReminder}
        </Text>
      ) : null}
      <Text className="hint">{m.submission.keepReference}</Text>
    </View>
  );
}
