import type { RegistrationSummary } from '@contract';
import { Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { maskIdNumber } from '@/domain/identity/mask';
import { nextAction } from '@/domain/after-submit/next-action';
import type { WindowState } from '@/domain/season/window-state';
import { fill } from '@/messages/fill';
import './registrations.css';
import { goToPage, openPage } from '@/platform/navigation';
import '@/messages/words/registrations';

interface CardProps {
  registration: RegistrationSummary;
  window: WindowState;
  now: number;
}

/** One child's registration: who (masked), its state, and the next thing to do. */
export function RegistrationCard({ registration, window, now }: CardProps) {
  const m = useMessages();
  const r = m.registrations;
  const id = `reg-${registration.id}`;
  return (
    <View className="card registration" id={id}>
      <View role="heading" aria-level={3} className="heading registration__child">
        <Text>
          {fill(r.childLine, {
            name: registration.childName,
            id: maskIdNumber(registration.childIdNumber),
          })}
        </Text>
      </View>
      <Text
        className={`tag tag--${registration.status}`}
        id={`${id}-status`}
        data-status={registration.status}
      >
        {r.status[registration.status]}
      </Text>
      <Text className="hint">{fill(r.reference, { reference: registration.reference })}</Text>
      <Text className="hint" id={`${id}-next`}>
        {r.next[nextAction(registration, window, now)]}
      </Text>
      <View
        className="link"
        role="link"
        id={`${id}-open`}
        onClick={() => openPage('registration', { id: registration.id })}
      >
        <Text>{r.view}</Text>
      </View>
      <View
        className="link"
        role="link"
        id={`${id}-receipt`}
        onClick={() =>
          goToPage(
            registration.subsystem === 'transfer' ? 'transferReceipt' : 'enrollmentReceipt',
            {
              id: registration.id,
            },
          )
        }
      >
        <Text>{r.viewReceipt}</Text>
      </View>
    </View>
  );
}
