import type { ParentProfile, SeasonConfig } from '@contract';
import type { EnrollmentContext } from '@/domain/enrollment/draft';
import { gatewayDate } from '@/domain/season/gateway-date';

/** What the rules need from the gateway and the host: today's date, the birth range, the parent. */
export function enrollmentContext(
  config: SeasonConfig,
  now: number,
  profile: ParentProfile,
): EnrollmentContext {
  return {
    today: gatewayDate(now),
    birthRange: config.enrollmentBirthRange,
    applicant: { idNumber: profile.idNumber, mobile: profile.mobile },
  };
}
