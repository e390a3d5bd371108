import type { Appointment, AppointmentOptions } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  bookAppointment,
  cancelAppointment,
  fetchAppointmentOptions,
} from '@/api/appointments-api';
import { GatewayError } from '@/api/gateway-error';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { slotDays } from '@/domain/appointments/slot-days';
import { fill } from '@/messages/fill';
import { focusById } from '@/platform/focus';
import { AppointmentBooked } from './appointment-booked';
import { rovingRadio } from './roving-radio';
import { slotDayLabel } from './slot-day-label';
import { SlotDaysList } from './slot-days-list';
import './registrations.css';
import '@/messages/words/registrations';

const CHINESE = { lang: 'zh-CN' };

interface PickerProps {
  registrationId: string;
  current: string | null;
  onChanged(appointment: Appointment | null): void;
}

type Outcome =
  | { kind: 'booked'; appointment: Appointment }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: GatewayError }
  | null;

function OutcomeNote({ outcome }: { outcome: Outcome }) {
  const m = useMessages();
  const r = m.registrations;
  if (!outcome) return null;
  if (outcome.kind === 'booked') return <AppointmentBooked appointment={outcome.appointment} />;
  return (
    <View role="status" id="appointment-outcome" data-outcome={outcome.kind}>
      <Text className={outcome.kind === 'failed' ? 'notice' : 'hint'}>
        {outcome.kind === 'failed'
          ? fill(r.failed, describeFailure(m, outcome.error.code))
          : r.cancelled}
      </Text>
    </View>
  );
}

/**
 * Point, then a slot chosen from the days with their weekdays, then one confirm button (FAQ 10).
 * Full slots cannot be chosen; the gateway's answer decides when two parents race for a place.
 */
export function SlotPicker({ registrationId, current, onChanged }: PickerProps) {
  const m = useMessages();
  const r = m.registrations;
  const options = useRemote<AppointmentOptions>(() => fetchAppointmentOptions(registrationId));
  const [pointId, setPointId] = useState<string | null>(null);
  const [slotId, setSlotId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The confirm button sits below the list: bring the success into view and to screen readers.
  useEffect(() => {
    if (outcome?.kind === 'booked') focusById('appointment-booked-title');
  }, [outcome]);
  if (options.status !== 'ready') {
    return (
      <View className="card" id="slot-picker">
        <OutcomeNote outcome={outcome} />
        {options.status === 'loading' ? (
          <LoadingNote text={m.common.loading} />
        ) : (
          <ProblemPanel {...describeFailure(m, options.code)} onRetry={options.retry} />
        )}
      </View>
    );
  }
  const { points, slots } = options.data;
  const point = pointId ?? points[0]?.id ?? null;
  const days = point ? slotDays(slots, point) : [];
  const chosen = slots.find((slot) => slot.id === slotId && slot.pointId === point) ?? null;
  const canConfirm = !busy && chosen !== null && chosen.id !== current && chosen.remaining > 0;

  function choosePoint(next: string | null) {
    if (!next) return;
    setPointId(next);
    if (next !== point) setSlotId(null);
  }

  async function act(change: () => Promise<Appointment | null>) {
    setBusy(true);
    try {
      const appointment = await change();
      onChanged(appointment);
      setOutcome(appointment ? { kind: 'booked', appointment } : { kind: 'cancelled' });
      setSlotId(null);
    } catch (error) {
      const failure = error instanceof GatewayError ? error : new GatewayError('NETWORK', null);
      setOutcome({ kind: 'failed', error: failure });
    }
    options.retry();
    setBusy(false);
  }

  return (
    <View className="card" id="slot-picker">
      <OutcomeNote outcome={outcome} />
      <View role="heading" aria-level={2} className="heading" id="choose-point-title">
        <Text>{r.choosePoint}</Text>
      </View>
      <View role="radiogroup" aria-labelledby="choose-point-title">
        {points.map((each, index) => (
          <View
            key={each.id}
            {...rovingRadio(
              index,
              {
                ids: points.map((other) => `point-${other.id}`),
                enabled: points.map(() => true),
                selected: points.findIndex((other) => other.id === point),
              },
              (next) => choosePoint(points[next]?.id ?? null),
            )}
            role="radio"
            aria-checked={each.id === point}
            className={each.id === point ? 'slot-choice slot-choice--selected' : 'slot-choice'}
            id={`point-${each.id}`}
            onClick={() => choosePoint(each.id)}
          >
            <Text className="slot-choice__mark" aria-hidden>
              {each.id === point ? '◉' : '○'}
            </Text>
            {/* Point names and addresses come from the gateway in Chinese. */}
            <View {...CHINESE}>
              <Text>{`${each.name}（${each.address}）`}</Text>
            </View>
          </View>
        ))}
      </View>
      <View role="heading" aria-level={2} className="heading">
        <Text>{r.chooseSlot}</Text>
      </View>
      <SlotDaysList
        days={days}
        chosen={chosen?.id ?? null}
        current={current}
        onChoose={(slot) => setSlotId(slot.id)}
      />
      <Text className="hint slot-chosen" id="slot-chosen">
        {chosen
          ? fill(r.slotChosen, { day: slotDayLabel(m, chosen.date), period: chosen.period })
          : r.slotNoneChosen}
      </Text>
      <Button
        className="button button--primary"
        id="confirm-slot"
        disabled={!canConfirm}
        onClick={() => {
          if (chosen) void act(() => bookAppointment(registrationId, chosen.id));
        }}
      >
        {current ? r.reschedule : r.book}
      </Button>
      {current ? (
        <Button
          className="button button--danger-outline"
          id="cancel-appointment"
          disabled={busy}
          onClick={() => void act(() => cancelAppointment(registrationId).then(() => null))}
        >
          {r.cancel}
        </Button>
      ) : null}
    </View>
  );
}
