import type { RegistrationSummary } from '@contract';
import { Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { statusTimeline } from '@/domain/after-submit/timeline';
import { fill } from '@/messages/fill';
import { formatDateTime } from '@/messages/format-date';
import { slotDayLabel } from './slot-day-label';
import '@/messages/words/registrations';

/** The timeline with dates (FAQ 14); states are words, never colour alone. */
export function StatusTimeline({ registration }: { registration: RegistrationSummary }) {
  const m = useMessages();
  const r = m.registrations;
  const { appointment } = registration;
  return (
    <View className="card" id="timeline">
      <View role="heading" aria-level={2} className="heading">
        <Text>{r.timelineTitle}</Text>
      </View>
      <View role="list">
        {statusTimeline(registration).map((step) => (
          <View
            key={step.id}
            role="listitem"
            className={`timeline-step timeline-step--${step.state}`}
            id={`step-${step.id}`}
            data-state={step.state}
          >
            <Text className="timeline-step__title">
              {step.outcome ? `${r.steps[step.id]}：${r.status[step.outcome]}` : r.steps[step.id]}
            </Text>
            <Text className="hint">
              {step.at
                ? formatDateTime(step.at)
                : step.state === 'current'
                  ? r.stepCurrent
                  : r.stepPending}
            </Text>
          </View>
        ))}
        {appointment ? (
          <View role="listitem" className="timeline-step" id="step-appointment">
            <Text className="timeline-step__title">
              {fill(r.appointmentStep, {
                date: slotDayLabel(m, appointment.date),
                period: appointment.period,
                point: appointment.pointName,
              })}
            </Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}
