import type { Appointment, RegistrationDetail, SeasonConfig } from '@contract';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { fetchRegistration } from '@/api/registrations-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { originalsToBring } from '@/domain/appointments/originals';
import { allowedActions } from '@/domain/after-submit/allowed-actions';
import { getWindowState } from '@/domain/season/window-state';
import { fill } from '@/messages/fill';
import { slotDayLabel } from './slot-day-label';
import { SlotPicker } from './slot-picker';
import '@/messages/words/registrations';

interface AppointmentProps {
  id: string;
  config: SeasonConfig;
  now: number;
}

/** 预约现场登记 (FAQ 10): the current appointment, slots to book or move to, and the originals. */
export function AppointmentView({ id, config, now }: AppointmentProps) {
  const m = useMessages();
  const r = m.registrations;
  const detail = useRemote<RegistrationDetail>(() => fetchRegistration(id));
  // What the last booking or cancellation answered; the picker stays mounted meanwhile.
  const [changed, setChanged] = useState<{ appointment: Appointment | null } | null>(null);
  if (detail.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (detail.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, detail.code)} onRetry={detail.retry} />;
  }
  const registration = { ...detail.data, ...changed };
  const { appointment } = registration;
  // Each registration follows its own subsystem's window (transfer closes later).
  const window = getWindowState(config.windows[registration.subsystem], now);
  const allowed = allowedActions(registration, window, now);
  const originals = originalsToBring(registration.submission, registration.category);
  return (
    <>
      <View className="card">
        <Text className="hint">{r.appointmentIntro}</Text>
        <Text className="heading" id="appointment-current">
          {appointment
            ? fill(r.appointmentCurrent, {
                day: slotDayLabel(m, appointment.date),
                period: appointment.period,
                point: appointment.pointName,
                address: appointment.pointAddress,
              })
            : r.appointmentNone}
        </Text>
      </View>
      {allowed.blocked ? (
        <Text className="notice" id="view-only-notice">
          {allowed.blocked === 'window-closed' ? r.closedNotice : r.notOpenNotice}
        </Text>
      ) : null}
      {allowed.book || allowed.reschedule ? (
        <SlotPicker
          registrationId={registration.id}
          current={appointment?.slotId ?? null}
          onChanged={(next) => setChanged({ appointment: next })}
        />
      ) : null}
      <View className="card" id="originals">
        <View role="heading" aria-level={2} className="heading">
          <Text>{r.originalsTitle}</Text>
        </View>
        <View role="list">
          {originals.map((item) => (
            <View key={item} role="listitem" className="hint" id={`original-${item}`}>
              <Text>{`· ${r.originals[item]}`}</Text>
            </View>
          ))}
        </View>
      </View>
    </>
  );
}
