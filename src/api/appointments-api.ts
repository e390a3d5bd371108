/** 预约现场登记 calls (FAQ 10): slots with places left, book or reschedule, cancel. */
import type { Appointment, AppointmentOptions } from '@contract';
import { gateway } from './gateway-client';
import { parseAppointment, parseAppointmentOptions } from './registration-parsers';

const base = (id: string) => `/registrations/${encodeURIComponent(id)}`;

/** Registration points and slots, with the places left right now. */
export function fetchAppointmentOptions(registrationId: string): Promise<AppointmentOptions> {
  return gateway().call({
    method: 'GET',
    path: `${base(registrationId)}/appointment-slots`,
    parse: parseAppointmentOptions,
  });
}

/** Books a slot, or moves the appointment there; SLOT_FULL when another parent took the last place. */
export function bookAppointment(registrationId: string, slotId: string): Promise<Appointment> {
  return gateway().call({
    method: 'PUT',
    path: `${base(registrationId)}/appointment`,
    body: { slotId },
    parse: parseAppointment,
  });
}

function parseCancelled(value: unknown): { cancelled: true } | null {
  return (value as { cancelled?: unknown } | null)?.cancelled === true ? { cancelled: true } : null;
}

/** Cancels the appointment, giving its place back. */
export function cancelAppointment(registrationId: string): Promise<{ cancelled: true }> {
  return gateway().call({
    method: 'DELETE',
    path: `${base(registrationId)}/appointment`,
    parse: parseCancelled,
  });
}
