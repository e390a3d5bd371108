import type { Appointment } from '@contract';
import { View } from '@tarojs/components';
import { SuccessState } from '@/components/success-state';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import { slotDayLabel } from './slot-day-label';
import '@/messages/words/registrations';

/** 预约成功 as a success that stands out, with when and where to go next. */
export function AppointmentBooked({ appointment }: { appointment: Appointment }) {
  const m = useMessages();
  const r = m.registrations;
  return (
    <View id="appointment-outcome" data-outcome="booked">
      <SuccessState
        id="appointment-booked"
        title={r.booked}
        next={fill(r.bookedNext, {
          day: slotDayLabel(m, appointment.date),
          period: appointment.period,
          point: appointment.pointName,
          address: appointment.pointAddress,
        })}
      />
    </View>
  );
}
