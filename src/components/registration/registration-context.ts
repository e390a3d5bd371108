import type { ParentProfile, SeasonConfig } from '@contract';
import type { EnrollmentContext } from '@/domain/registration/draft';
import { gatewayDate } from '@/domain/season/gateway-date';
import type { RegistrationFlow } from './flow';

/** What the rules need from the gateway and the host: today, the age window (enrollment only), the parent. */
export function registrationContext(
  flow: RegistrationFlow,
  config: SeasonConfig,
  now: number,
  profile: ParentProfile,
): EnrollmentContext {
  return {
    today: gatewayDate(now),
    birthRange: flow.routes.ineligible ? config.enrollmentBirthRange : null,
    applicant: { idNumber: profile.idNumber, mobile: profile.mobile },
  };
}
