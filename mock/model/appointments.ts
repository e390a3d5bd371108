/**
 * On-site appointment slots (FAQ 10). Places are counted from the appointments themselves, and
 * every check-and-take runs synchronously in one handler, so two parents racing for the last
 * place cannot both get it: the second finds the slot full (409 SLOT_FULL).
 */
import type { Appointment, AppointmentOptions, AppointmentSlot } from '../../types';
import { REGISTRATION_POINTS, SEED_SLOTS, type SeedSlot } from '../seed/registration-points';
import { formatGatewayTime } from './clock';
import type { EnrollmentState, RegistrationRecord } from './enrollment-state';

function capacityOf(state: EnrollmentState, slot: SeedSlot): number {
  return state.slotCapacity[slot.id] ?? slot.capacity;
}

function bookedIn(state: EnrollmentState, slotId: string): number {
  return state.registrations.filter((r) => r.appointment?.slotId === slotId).length;
}

/** Points and slots with the places left right now. */
export function appointmentOptions(state: EnrollmentState): AppointmentOptions {
  const slots: AppointmentSlot[] = SEED_SLOTS.map((slot) => {
    const capacity = capacityOf(state, slot);
    return { ...slot, capacity, remaining: Math.max(0, capacity - bookedIn(state, slot.id)) };
  });
  return { points: [...REGISTRATION_POINTS], slots };
}

export function findSlot(id: string): SeedSlot | undefined {
  return SEED_SLOTS.find((slot) => slot.id === id);
}

/** Books (or moves) the record's appointment; 'full' when no place is left in that slot. */
export function takeSlot(
  state: EnrollmentState,
  record: RegistrationRecord,
  slot: SeedSlot,
  now: number,
): Appointment | 'full' {
  if (record.appointment?.slotId === slot.id) return record.appointment;
  if (bookedIn(state, slot.id) >= capacityOf(state, slot)) return 'full';
  const point = REGISTRATION_POINTS.find((p) => p.id === slot.pointId);
  record.appointment = {
    slotId: slot.id,
    pointId: slot.pointId,
    pointName: point?.name ?? '',
    pointAddress: point?.address ?? '',
    date: slot.date,
    period: slot.period,
    bookedAt: formatGatewayTime(now),
  };
  return record.appointment;
}
