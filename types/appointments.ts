/**
 * On-site registration appointments for children of migrant workers (FAQ 10): registration
 * points, dates and time slots with capacity set by the gateway.
 */
import type * as v from 'valibot';
import type { AppointmentOptionsSchema, AppointmentSchema } from './schemas/answers';
import type { BookAppointmentSchema } from './schemas/requests';

/** `GET /registrations/:id/appointment-slots` answer. */
export type AppointmentOptions = v.InferOutput<typeof AppointmentOptionsSchema>;

/** A registration point (登记点) where parents bring the originals. */
export type RegistrationPoint = AppointmentOptions['points'][number];

/** A time slot at a point; `remaining` is the gateway's count at the moment of the answer. */
export type AppointmentSlot = AppointmentOptions['slots'][number];

/** A booked appointment as kept on the registration. */
export type Appointment = v.InferOutput<typeof AppointmentSchema>;

/** `PUT /registrations/:id/appointment` body: book, or move to another slot (reschedule). */
export type BookAppointment = v.InferInput<typeof BookAppointmentSchema>;
