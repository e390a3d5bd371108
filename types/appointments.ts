/**
 * On-site registration appointments for children of migrant workers (FAQ 10): registration
 * points, dates and time slots with capacity set by the gateway.
 */

/** A registration point (登记点) where parents bring the originals. */
export interface RegistrationPoint {
  id: string;
  name: string;
  address: string;
}

/** A time slot at a point; `remaining` is the gateway's count at the moment of the answer. */
export interface AppointmentSlot {
  id: string;
  pointId: string;
  /** YYYY-MM-DD (Beijing). */
  date: string;
  /** e.g. '09:00-10:30'. */
  period: string;
  capacity: number;
  remaining: number;
}

/** `GET /registrations/:id/appointment-slots` answer. */
export interface AppointmentOptions {
  points: RegistrationPoint[];
  slots: AppointmentSlot[];
}

/** A booked appointment as kept on the registration. */
export interface Appointment {
  slotId: string;
  pointId: string;
  pointName: string;
  pointAddress: string;
  date: string;
  period: string;
  bookedAt: string;
}

/** `PUT /registrations/:id/appointment` body: book, or move to another slot (reschedule). */
export interface BookAppointment {
  slotId: string;
}
