import type { Appointment, AppointmentOptions } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
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
import { fill } from '@/messages/fill';
import './registrations.css';

interface PickerProps {
  registrationId: string;
  current: string | null;
  onChanged(appointment: Appointment | null): void;
}

type Outcome = { kind: 'booked' | 'cancelled' } | { kind: 'failed'; error: GatewayError } | null;

/** Point, date and slot with the gateway's places left; full slots cannot be chosen (FAQ 10). */
export function SlotPicker({ registrationId, current, onChanged }: PickerProps) {
  const m = useMessages();
  const r = m.registrations;
  const options = useRemote<AppointmentOptions>(() => fetchAppointmentOptions(registrationId));
  const [pointId, setPointId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const said = outcome ? (
    <View role="status" id="appointment-outcome" data-outcome={outcome.kind}>
      <Text className={outcome.kind === 'failed' ? 'notice' : 'hint'}>
        {outcome.kind === 'failed'
          ? fill(r.failed, describeFailure(m, outcome.error.code))
          : r[outcome.kind]}
      </Text>
    </View>
  ) : null;
  if (options.status !== 'ready') {
    return (
      <View className="card" id="slot-picker">
        {said}
        {options.status === 'loading' ? (
          <LoadingNote text={m.common.loading} />
        ) : (
          <ProblemPanel {...describeFailure(m, options.code)} onRetry={options.retry} />
        )}
      </View>
    );
  }
  const chosen = pointId ?? options.data.points[0]?.id ?? null;

  async function act(change: () => Promise<Appointment | null>, kind: 'booked' | 'cancelled') {
    setBusy(true);
    try {
      onChanged(await change());
      setOutcome({ kind });
    } catch (error) {
      const failure = error instanceof GatewayError ? error : new GatewayError('NETWORK', null);
      setOutcome({ kind: 'failed', error: failure });
    }
    options.retry();
    setBusy(false);
  }

  return (
    <View className="card" id="slot-picker">
      {said}
      <Text className="heading">{r.choosePoint}</Text>
      {options.data.points.map((point) => (
        <View
          key={point.id}
          role="radio"
          aria-checked={point.id === chosen}
          className={point.id === chosen ? 'choice choice--selected' : 'choice'}
          id={`point-${point.id}`}
          onClick={() => setPointId(point.id)}
        >
          {/* The choice is marked by a symbol too, never by colour alone. */}
          <Text className="choice__mark">{point.id === chosen ? '◉' : '○'}</Text>
          <Text>{`${point.name}（${point.address}）`}</Text>
        </View>
      ))}
      <Text className="heading">{r.chooseSlot}</Text>
      {options.data.slots
        .filter((slot) => slot.pointId === chosen)
        .map((slot) => (
          <View
            key={slot.id}
            className="slot"
            id={`slot-${slot.id}`}
            data-remaining={slot.remaining}
          >
            <Text>{fill(r.slotLine, { date: slot.date, period: slot.period })}</Text>
            <Text className="hint">
              {slot.remaining > 0
                ? fill(r.slotRemaining, { remaining: slot.remaining })
                : r.slotFull}
            </Text>
            {slot.id !== current ? (
              <Button
                className="button"
                id={`slot-${slot.id}-book`}
                disabled={busy || slot.remaining === 0}
                onClick={() => void act(() => bookAppointment(registrationId, slot.id), 'booked')}
              >
                {current ? r.reschedule : r.book}
              </Button>
            ) : null}
          </View>
        ))}
      {current ? (
        <Button
          className="button button--danger-outline"
          id="cancel-appointment"
          disabled={busy}
          onClick={() =>
            void act(() => cancelAppointment(registrationId).then(() => null), 'cancelled')
          }
        >
          {r.cancel}
        </Button>
      ) : null}
    </View>
  );
}
