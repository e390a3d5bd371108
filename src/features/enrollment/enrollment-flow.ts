import type { RegistrationFlow } from '@/components/registration/flow';
import { ENROLLMENT_JOURNEY } from '@/domain/registration/journey';
import '@/messages/words/enrollment';

/** 小学入学信息登记 (FAQ 1): the shared form machinery with enrollment's journey and pages. */
export const ENROLLMENT_FLOW: RegistrationFlow = {
  subsystem: 'enrollment',
  journey: ENROLLMENT_JOURNEY,
  routes: {
    start: 'enrollment',
    section: 'enrollmentSection',
    check: 'enrollmentCheck',
    receipt: 'enrollmentReceipt',
    ineligible: 'enrollmentIneligible',
  },
  copy: (m) => m.enrollment,
};
