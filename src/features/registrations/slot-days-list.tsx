import type { AppointmentSlot } from '@contract';
import { Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import type { SlotDay } from '@/domain/appointments/slot-days';
import { fill } from '@/messages/fill';
import { rovingRadio } from './roving-radio';
import { slotDayLabel } from './slot-day-label';
import '@/messages/words/registrations';

interface SlotDaysListProps {
  days: SlotDay[];
  chosen: string | null;
  current: string | null;
  onChoose(slot: AppointmentSlot): void;
}

/** One radio group per day, headed by the date and weekday; full slots are shown but disabled. */
export function SlotDaysList({ days, chosen, current, onChoose }: SlotDaysListProps) {
  const m = useMessages();
  const r = m.registrations;
  if (days.length === 0) return <Text className="notice">{r.noSlots}</Text>;
  return (
    <>
      {days.map((day) => (
        <View key={day.date} className="slot-day" id={`slot-day-${day.date}`}>
          <View
            role="heading"
            aria-level={3}
            className="slot-day__title"
            id={`slot-day-${day.date}-title`}
          >
            <Text>{slotDayLabel(m, day.date)}</Text>
          </View>
          <View role="radiogroup" aria-labelledby={`slot-day-${day.date}-title`}>
            {day.slots.map((slot, index) => {
              const full = slot.remaining === 0 && slot.id !== current;
              const selected = slot.id === chosen;
              const keys = rovingRadio(
                index,
                {
                  ids: day.slots.map((each) => `slot-${each.id}`),
                  enabled: day.slots.map((each) => each.remaining > 0 || each.id === current),
                  selected: day.slots.findIndex((each) => each.id === chosen),
                },
                (next) => {
                  const target = day.slots[next];
                  if (target) onChoose(target);
                },
              );
              const places = full
                ? r.slotFull
                : fill(r.slotRemaining, { remaining: slot.remaining });
              return (
                <View
                  key={slot.id}
                  role="radio"
                  aria-checked={selected}
                  aria-disabled={full}
                  className={`slot-choice${selected ? ' slot-choice--selected' : ''}${full ? ' slot-choice--full' : ''}`}
                  id={`slot-${slot.id}`}
                  {...keys}
                  data-remaining={slot.remaining}
                  onClick={() => (full ? undefined : onChoose(slot))}
                >
                  {/* The choice is marked by a symbol too, never by colour alone. */}
                  <Text className="slot-choice__mark" aria-hidden>
                    {selected ? '◉' : '○'}
                  </Text>
                  <Text>
                    {slot.id === current
                      ? fill(r.slotCurrent, { period: slot.period })
                      : fill(r.slotOption, { period: slot.period, remaining: places })}
                  </Text>
                </View>
              );
            })}
          </View>
        </View>
      ))}
    </>
  );
}
