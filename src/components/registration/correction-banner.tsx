import type { RegistrationDetail } from '@contract';
import { Text, View } from '@tarojs/components';
import { fetchRegistration } from '@/api/registrations-api';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { fill } from '@/messages/fill';
import { formatDateTime } from '@/messages/format-date';
import './correction-banner.css';
import '@/messages/words/registrations';

/** The returned registration a correction draft replaces, when it can be read (FAQ 14). */
export function useReturned(replaces: string | null | undefined) {
  const returned = useRemote<RegistrationDetail | null>(() =>
    replaces ? fetchRegistration(replaces) : Promise.resolve(null),
  );
  return returned.status === 'ready' ? returned.data : null;
}

/**
 * On the correction's form, the reviewer's reason and deadline again, so the parent fixes what
 * was asked without going back to the registration page.
 */
export function CorrectionBanner({ returned }: { returned: RegistrationDetail | null }) {
  const m = useMessages();
  const correction = returned?.correction;
  if (!returned || !correction) return null;
  return (
    <View className="notice correction-banner" id="correction-banner" role="alert">
      <Text className="correction-banner__line">
        {fill(m.registrations.correctingReference, { reference: returned.reference })}
      </Text>
      <Text className="correction-banner__line">
        {fill(m.registrations.returnedReason, { reason: correction.reason })}
      </Text>
      <Text className="correction-banner__line">
        {fill(m.registrations.returnedDeadline, {
          deadline: formatDateTime(correction.deadline),
        })}
      </Text>
    </View>
  );
}
