import type { CorrectionRequest } from '@contract';
import { Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import { formatDateTime } from '@/messages/format-date';
import './registrations.css';
import '@/messages/words/registrations';

/**
 * A returned registration's reason and deadline (FAQ 14), first on the page: one block whose
 * lines wrap inside it, however long the reviewer's reason is.
 */
export function CorrectionNotice({ correction }: { correction: CorrectionRequest }) {
  const m = useMessages();
  const r = m.registrations;
  return (
    <View className="notice correction-notice" id="correction" role="alert">
      <Text className="correction-notice__line" id="correction-reason">
        {fill(r.returnedReason, { reason: correction.reason })}
      </Text>
      <Text className="correction-notice__line" id="correction-deadline">
        {fill(r.returnedDeadline, { deadline: formatDateTime(correction.deadline) })}
      </Text>
    </View>
  );
}
