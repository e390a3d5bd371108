import type { RegistrationWindow, Subsystem } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { getWindowState } from '@/domain/season/window-state';
import { fill } from '@/messages/fill';
import { formatDateTime } from '@/messages/format-date';
import { openPage } from '@/platform/navigation';
import { ClosedSubsystem } from './closed-subsystem';
import '@/messages/words/home';

export interface SubsystemCardProps {
  subsystem: Subsystem;
  window: RegistrationWindow;
  now: number;
}

/** One subsystem of FAQ 1 with its window state as the gateway's clock says. */
export function SubsystemCard({ subsystem, window, now }: SubsystemCardProps) {
  const m = useMessages();
  const state = getWindowState(window, now);
  const phaseText =
    state.phase === 'not-open'
      ? fill(m.home.windowNotOpen, { opensAt: formatDateTime(state.opensAt) })
      : state.phase === 'open'
        ? fill(m.home.windowOpen, { closesAt: formatDateTime(state.closesAt) })
        : m.home.windowClosed;
  return (
    <View className="card" id={`subsystem-${subsystem}`} data-phase={state.phase}>
      <View role="heading" aria-level={2} className="heading">
        <Text>{m.common[subsystem]}</Text>
      </View>
      <Text className="hint">
        {subsystem === 'enrollment' ? m.home.enrollmentWho : m.home.transferWho}
      </Text>
      <Text className={`phase phase--${state.phase}`} id={`subsystem-${subsystem}-phase`}>
        {phaseText}
      </Text>
      {state.phase === 'open' ? (
        <Button
          className="button button--primary"
          id={`open-${subsystem}`}
          // Each subsystem opens its own window of pages (FAQ 1, 13: one account, both subsystems).
          onClick={() => openPage(subsystem === 'enrollment' ? 'enrollment' : 'transfer')}
        >
          {subsystem === 'enrollment' ? m.home.start : m.home.startTransfer}
        </Button>
      ) : null}
      {state.phase === 'closed' ? <ClosedSubsystem subsystem={subsystem} /> : null}
    </View>
  );
}
