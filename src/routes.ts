/**
 * Every page of the app; `app.config.ts` lists the same paths (checked by a test): home and the
 * FAQ in its main package, the rest in subpackages (root + page), with the same paths.
 */
export const ROUTES = {
  home: '/features/home/index',
  faq: '/features/faq/index',
  notices: '/features/notices/index',
  notice: '/features/notices/detail',
  materialsTable: '/features/notices/materials-table',
  photoCheck: '/features/photo-check/index',
  enrollment: '/features/enrollment/index',
  enrollmentSection: '/features/enrollment/section',
  enrollmentCheck: '/features/enrollment/check',
  enrollmentReceipt: '/features/enrollment/receipt',
  enrollmentIneligible: '/features/enrollment/ineligible',
  transfer: '/features/transfer/index',
  transferSection: '/features/transfer/section',
  transferCheck: '/features/transfer/check',
  transferReceipt: '/features/transfer/receipt',
  registrations: '/features/registrations/index',
  registration: '/features/registrations/detail',
  registrationAnother: '/features/registrations/another',
  registrationAppointment: '/features/registrations/appointment',
} as const;

export type RouteName = keyof typeof ROUTES;
