/** Transfer places left at a school: the published places less the transfers already made. */
import type { School } from '../../types';
import type { EnrollmentState } from './enrollment-state';

/** The school as the gateway shows it now: remaining places after submitted transfers. */
export function withPlacesLeft(enrollment: EnrollmentState, school: School): School {
  if (school.remainingPlaces === null) return school;
  const taken = enrollment.registrations.filter(
    (r) => r.registration.subsystem === 'transfer' && r.registration.schoolId === school.id,
  ).length;
  return { ...school, remainingPlaces: Math.max(0, school.remainingPlaces - taken) };
}
